package io.humanlink.sessions;

import io.humanlink.identity.User;
import io.humanlink.identity.UserBlocks;
import io.humanlink.identity.UserRepository;
import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Who may see and act on a session: its two participants only. Anyone else gets the same 404 as for a session that
 * does not exist, so ids cannot be probed. Also the relationship questions booking asks (blocks, knowing each other).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SessionAccess {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    UserBlocks blocks;

    public ChatSession participating(UUID callerId, UUID sessionId) {
        User caller = users.require(callerId);
        ChatSession session = em.createNamedQuery("ChatSession.byPublicId", ChatSession.class)
                .setParameter("publicId", sessionId.toString()).getResultStream().findFirst().orElse(null);
        if (session == null || session.partyOf(caller.getId()).isEmpty()) {
            throw DomainException.notFound("Session " + sessionId);
        }
        return session;
    }

    /** Any session by its public id, for callers that act for the system (payments), not for a person. */
    public ChatSession byPublicId(UUID sessionId) {
        return em.createNamedQuery("ChatSession.byPublicId", ChatSession.class)
                .setParameter("publicId", sessionId.toString()).getResultStream().findFirst().orElse(null);
    }

    public Party partyOf(ChatSession session, UUID callerId) {
        return session.partyOf(users.require(callerId).getId())
                .orElseThrow(() -> DomainException.notFound("Session " + session.getPublicId()));
    }

    /** A block in either direction keeps two people from booking each other. */
    public void requireNotBlocked(User user, User friend) {
        if (blockedEitherWay(user, friend)) {
            throw DomainException.forbidden("You cannot book this Friend.");
        }
    }

    public boolean blockedEitherWay(User one, User other) {
        return blocks.blockedEitherWay(one, other);
    }

    /** Matched now, or had a session that was not cancelled: a Friend closed to new people still takes them. */
    public boolean knowEachOther(User user, User friend) {
        long matched = em.createQuery("select count(m) from Match m where m.user = :user and m.friend = :friend"
                        + " and m.status = io.humanlink.matching.MatchStatus.ACCEPTED", Long.class)
                .setParameter("user", user).setParameter("friend", friend).getSingleResult();
        if (matched > 0) {
            return true;
        }
        return em.createQuery("select count(s) from ChatSession s where s.user = :user and s.friend = :friend"
                        + " and s.status <> io.humanlink.sessions.SessionStatus.CANCELLED", Long.class)
                .setParameter("user", user).setParameter("friend", friend).getSingleResult() > 0;
    }
}
