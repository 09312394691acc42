package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and spends {@link OAuthState}s, each in a short transaction of its own, so that no row lock or connection is
 * held while the provider is called over HTTP in between.
 */
@ApplicationScoped
public class OAuthStates {

    /** What the client needs to start a round trip: the state and the binding secret (the verifier stays here). */
    public record Issued(String state, String codeVerifier, String binding) {
    }

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "humanlink.x.state-ttl", defaultValue = "PT10M")
    Duration stateTtl;

    /** A fresh state; expired ones are purged on the way, so abandoned round trips do not pile up. */
    @Transactional
    public Issued issue(IdentityProvider provider) {
        Instant now = clock.instant();
        em.createNamedQuery("OAuthState.deleteExpired").setParameter("now", now).executeUpdate();
        Issued issued = new Issued(SecretTokens.newToken(), SecretTokens.newToken() + SecretTokens.newToken(),
                SecretTokens.newToken());
        em.persist(new OAuthState(issued.state(), provider, issued.codeVerifier(), issued.binding(), now,
                now.plus(stateTtl)));
        return issued;
    }

    /**
     * Spends the state and returns its code verifier. A state presented with a wrong or missing binding is refused
     * and left alone (it still belongs to the client that holds the binding); a known, bound state is spent even when
     * it turns out expired, hence no rollback on refusals.
     */
    @Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = DomainException.class)
    public String spend(IdentityProvider provider, String state, String binding) {
        OAuthState saved = state == null || state.length() > 64 ? null
                : em.find(OAuthState.class, state, LockModeType.PESSIMISTIC_WRITE);
        if (saved == null || !saved.isBoundTo(binding)) {
            throw invalidState();
        }
        em.remove(saved);
        if (!saved.isValidFor(provider, clock.instant())) {
            throw invalidState();
        }
        return saved.getCodeVerifier();
    }

    static DomainException invalidState() {
        return new DomainException(400, "invalid-oauth-state", "Invalid sign-in state",
                "This sign-in attempt is unknown, expired, already used or was started elsewhere. Start again.");
    }
}
