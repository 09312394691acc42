package io.humanlink.identity;

import io.humanlink.identity.google.GoogleIdTokenVerifier;
import io.humanlink.identity.x.XOAuthClient;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in with Google (ID token) and X (OAuth 2.0 code + PKCE). An outside identity is linked to an account once;
 * later sign-ins find it by (provider, subject). A provider-verified email that matches an existing account links to
 * that account; otherwise a new account is made, which needs the terms accepted like any sign-up.
 */
@ApplicationScoped
@Transactional
public class ExternalSignInService {

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
    GoogleIdTokenVerifier google;

    @Inject
    XOAuthClient x;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "humanlink.x.state-ttl", defaultValue = "PT10M")
    Duration stateTtl;

    public TokenPair signInWithGoogle(String idToken, String termsVersion) {
        return signIn(google.verify(idToken), termsVersion);
    }

    public XAuthorization startXSignIn() {
        Instant now = clock.instant();
        String state = SecretTokens.newToken();
        String verifier = SecretTokens.newToken() + SecretTokens.newToken();
        em.persist(new OAuthState(state, IdentityProvider.X, verifier, now, now.plus(stateTtl)));
        return new XAuthorization(x.authorizationUrl(state, challengeOf(verifier)), state);
    }

    /** The state is spent even when X then refuses the code, hence no rollback on refusals. */
    @Transactional(dontRollbackOn = DomainException.class)
    public TokenPair completeXSignIn(String code, String state, String termsVersion) {
        OAuthState saved = state == null || state.length() > 64 ? null
                : em.find(OAuthState.class, state, LockModeType.PESSIMISTIC_WRITE);
        if (saved == null) {
            throw invalidState();
        }
        em.remove(saved);
        if (!saved.isValidFor(IdentityProvider.X, clock.instant())) {
            throw invalidState();
        }
        return signIn(x.exchange(code, saved.getCodeVerifier()), termsVersion);
    }

    private TokenPair signIn(ExternalAccount account, String termsVersion) {
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
            tokens.revokeAllOf(user);
        }
        if (email != null) {
            user.markEmailVerified(now);
        }
        em.persist(new UserIdentity(user, account.provider(), account.subject(), email, now));
        return user;
    }

    private static String displayNameOf(ExternalAccount account) {
        String name = account.displayName() == null || account.displayName().isBlank()
                ? "HumanLink member" : account.displayName().strip();
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DomainException invalidState() {
        return new DomainException(400, "invalid-oauth-state", "Invalid sign-in state",
                "This sign-in attempt is unknown, expired or already used. Start again.");
    }
}
