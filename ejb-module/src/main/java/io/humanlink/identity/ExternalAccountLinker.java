package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Turns an identity a provider vouched for into one of our accounts and a token pair, in one transaction. An outside
 * identity is linked to an account once; later sign-ins find it by (provider, subject). A provider-verified email that
 * matches an existing account links to that account; otherwise a new account is made, which needs the terms accepted
 * like any sign-up.
 */
@ApplicationScoped
@Transactional
public class ExternalAccountLinker {

    private static final String DEFAULT_TIME_ZONE = "UTC";

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    TokenService tokens;

    @Inject
    LegalTerms legal;

    @Inject
    Clock clock;

    public TokenPair signIn(ExternalAccount account, String termsVersion) {
        User user = linkedAccount(account, termsVersion);
        if (user.isSuspended()) {
            throw new DomainException(403, "account-suspended", "Account suspended",
                    "This account is suspended. Contact support.");
        }
        return tokens.issueFor(user);
    }

    private User linkedAccount(ExternalAccount account, String termsVersion) {
        Instant now = clock.instant();
        UserIdentity linked = em.createNamedQuery("UserIdentity.bySubject", UserIdentity.class)
                .setParameter("provider", account.provider()).setParameter("subject", account.subject())
                .getResultStream().findFirst().orElse(null);
        if (linked != null) {
            return linked.getUser();
        }
        String email = EmailAddresses.normalize(account.email());
        User user = email == null ? null : users.findByEmail(email).orElse(null);
        if (user == null) {
            legal.requireCurrent(termsVersion);
            user = new User(email, displayNameOf(account), DEFAULT_TIME_ZONE, "en", now);
            users.add(user);
            legal.recordAcceptance(user, now);
        }
        if (email != null && !user.isEmailVerified() && user.getPasswordHash() != null) {
            // Whoever set this password never proved the mailbox; the provider just proved it belongs to someone
            // else. Dropping the unproven password keeps a squatter from sharing the real owner's account.
            user.setPasswordHash(null, now);
            user.revokeAccessTokens(now);
            tokens.revokeAllOf(user);
        }
        if (email != null) {
            user.markEmailVerified(now);
        }
        em.persist(new UserIdentity(user, account.provider(), account.subject(), email, now));
        try {
            em.flush();
        } catch (PersistenceException raceOnFirstSignIn) {
            // A parallel first sign-in of the same person linked the identity (or took the email) first; a retry
            // finds that link.
            throw DomainException.concurrentChange();
        }
        return user;
    }

    private static String displayNameOf(ExternalAccount account) {
        String name = account.displayName() == null || account.displayName().isBlank()
                ? "HumanLink member" : account.displayName().strip();
        return name.length() > 80 ? name.substring(0, 80) : name;
    }
}
