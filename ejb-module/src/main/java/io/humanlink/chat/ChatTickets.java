package io.humanlink.chat;

import io.humanlink.identity.AccountAccess;
import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.platform.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Tickets for the chat's WebSocket handshake. A ticket is issued to a signed-in member over REST and redeemed once,
 * within {@code humanlink.chat.ticket-ttl}, by the handshake: the row is locked and deleted, so of two handshakes
 * presenting the same ticket (on any node) only one gets through. Kept in the database, not in memory, because the
 * handshake may reach another node than the one that issued it.
 */
@ApplicationScoped
@Transactional
public class ChatTickets {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    ChatSettings settings;

    @Inject
    Clock clock;

    /** A fresh ticket and when it stops working. */
    public record Issued(String ticket, Instant expiresAt) {
    }

    public Issued issue(UUID userId) {
        User user = users.require(userId);
        Instant now = clock.instant();
        em.createNamedQuery("ChatTicket.deleteExpired").setParameter("now", now).executeUpdate();
        String ticket = SecretTokens.newToken();
        Instant expiresAt = now.plus(settings.ticketTtl());
        em.persist(new ChatTicket(SecretTokens.hash(ticket), user.getId(), now, expiresAt));
        return new Issued(ticket, expiresAt);
    }

    /**
     * The member the ticket was issued to, if it is known, unexpired and unused, and the account is still active and
     * has not had its tokens revoked since the ticket was issued.
     */
    public Optional<ChatUser> redeem(String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.length() > 200) {
            return Optional.empty();
        }
        ChatTicket found = em.find(ChatTicket.class, SecretTokens.hash(ticket), LockModeType.PESSIMISTIC_WRITE);
        if (found == null) {
            return Optional.empty();
        }
        em.remove(found);
        if (!found.isValidAt(clock.instant())) {
            return Optional.empty();
        }
        // The same rule as for access tokens: a ticket issued before the account's tokens were revoked is void too.
        User user = em.find(User.class, found.getUserId());
        if (user == null || new AccountAccess(user.getStatus(), user.getTokensValidAfter())
                .judge(found.getCreatedAt().getEpochSecond()) != AccountAccess.Verdict.ALLOWED) {
            return Optional.empty();
        }
        return Optional.of(ChatService.chatUser(user));
    }
}
