package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues token pairs and rotates refresh tokens. A refresh token is looked up by its hash under a row lock, so two
 * concurrent uses of the same token cannot both succeed: the second sees it ROTATED and revokes the family.
 */
@ApplicationScoped
@Transactional
public class TokenService {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    AccessTokenIssuer accessTokens;

    @Inject
    @ConfigProperty(name = "humanlink.jwt.refresh-token-ttl", defaultValue = "P30D")
    Duration refreshTtl;

    /**
     * Starts a new refresh-token family for a fresh sign-in. The account is read again in this transaction: the caller
     * may have loaded it before a slow password check, and the token must carry the roles as they are now.
     */
    public TokenPair issueFor(User user) {
        User current = em.find(User.class, user.getId());
        if (current == null) {
            throw new DomainException(401, "invalid-credentials", "Invalid credentials",
                    "The email or password is not correct.");
        }
        Instant now = accessTokens.now();
        String refresh = SecretTokens.newToken();
        em.persist(RefreshToken.startFamily(current, SecretTokens.hash(refresh), now, now.plus(refreshTtl)));
        return new TokenPair(accessTokens.issue(current, now), refresh, accessTokens.ttlSeconds());
    }

    /**
     * Spends a refresh token for a new pair. Refusals commit what they decided (a reused token's family stays
     * revoked), hence no rollback on {@link DomainException}.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public TokenPair refresh(String presented) {
        Instant now = accessTokens.now();
        RefreshToken token = findLocked(presented);
        if (token == null) {
            throw invalid();
        }
        switch (token.classify(now)) {
            case REUSED -> {
                endFamily(token.getFamilyId(), now);
                throw invalid();
            }
            case REVOKED, EXPIRED -> throw invalid();
            case ROTATE -> {
                // Suspension revokes tokens already; this guards a token issued in the same instant.
                if (token.getUser().isSuspended()) {
                    endFamily(token.getFamilyId(), now);
                    throw invalid();
                }
            }
        }
        String successor = SecretTokens.newToken();
        em.persist(token.rotate(SecretTokens.hash(successor), now));
        // Roles are read now, so a role granted since the last refresh (e.g. FRIEND) reaches the new access token.
        return new TokenPair(accessTokens.issue(token.getUser(), now), successor, accessTokens.ttlSeconds());
    }

    /** Logout: ends the presented token's family. Unknown tokens are ignored, so logout is idempotent. */
    public void logout(String presented) {
        RefreshToken token = findLocked(presented);
        if (token != null) {
            endFamily(token.getFamilyId(), accessTokens.now());
        }
    }

    /** Ends every session of an account (password reset, suspension); access tokens: {@link User#revokeAccessTokens}. */
    public void revokeAllOf(User user) {
        em.createNamedQuery("RefreshToken.endAllOfUser")
                .setParameter("revoked", RefreshToken.Status.REVOKED)
                .setParameter("active", RefreshToken.Status.ACTIVE)
                .setParameter("now", accessTokens.now())
                .setParameter("user", user)
                .executeUpdate();
    }

    private void endFamily(String familyId, Instant now) {
        em.createNamedQuery("RefreshToken.endFamily")
                .setParameter("revoked", RefreshToken.Status.REVOKED)
                .setParameter("active", RefreshToken.Status.ACTIVE)
                .setParameter("now", now)
                .setParameter("family", familyId)
                .executeUpdate();
    }

    private RefreshToken findLocked(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return null;
        }
        return em.createNamedQuery("RefreshToken.byHash", RefreshToken.class)
                .setParameter("hash", SecretTokens.hash(presented))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
    }

    private static DomainException invalid() {
        return new DomainException(401, "invalid-refresh-token", "Invalid refresh token",
                "The refresh token is unknown, expired, revoked or already used. Sign in again.");
    }
}
