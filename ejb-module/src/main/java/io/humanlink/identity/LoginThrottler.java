package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import jakarta.annotation.PostConstruct;
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
 * Slows down password guessing per account and per client address. Failures are written in their own transaction,
 * so they count even though the failed login itself rolls back.
 */
@ApplicationScoped
public class LoginThrottler {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "humanlink.login.throttle.account.max-failures", defaultValue = "5")
    int accountMaxFailures;

    @Inject
    @ConfigProperty(name = "humanlink.login.throttle.address.max-failures", defaultValue = "20")
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "humanlink.login.throttle.base-delay", defaultValue = "PT2S")
    Duration baseDelay;

    @Inject
    @ConfigProperty(name = "humanlink.login.throttle.max-delay", defaultValue = "PT15M")
    Duration maxDelay;

    @Inject
    @ConfigProperty(name = "humanlink.login.throttle.forget-after", defaultValue = "PT1H")
    Duration forgetAfter;

    private ThrottlePolicy accountPolicy;
    private ThrottlePolicy addressPolicy;

    @PostConstruct
    void policies() {
        accountPolicy = new ThrottlePolicy(accountMaxFailures, baseDelay, maxDelay, forgetAfter);
        addressPolicy = new ThrottlePolicy(addressMaxFailures, baseDelay, maxDelay, forgetAfter);
    }

    /** Refuses with 429 and a Retry-After when either the account or the address is in a delay. */
    @Transactional(TxType.REQUIRES_NEW)
    public void ensureAllowed(String normalizedEmail, String address) {
        Instant now = clock.instant();
        long wait = Math.max(secondsBlocked(accountKey(normalizedEmail), now), secondsBlocked(addressKey(address), now));
        if (wait > 0) {
            throw DomainException.tooManyRequests("login-throttled",
                    "Too many failed sign-in attempts. Try again in " + wait + " seconds.", wait);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void recordAccountFailure(String normalizedEmail) {
        record(accountKey(normalizedEmail), accountPolicy);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void recordAddressFailure(String address) {
        record(addressKey(address), addressPolicy);
    }

    /** A successful login clears the account's count (not the address's: one good account must not unlock guessing). */
    @Transactional(TxType.REQUIRES_NEW)
    public void clearAccount(String normalizedEmail) {
        LoginThrottle throttle = em.find(LoginThrottle.class, accountKey(normalizedEmail));
        if (throttle != null) {
            em.remove(throttle);
        }
    }

    private void record(String key, ThrottlePolicy policy) {
        Instant now = clock.instant();
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(key, now);
            em.persist(throttle);
        }
        throttle.recordFailure(now, policy);
    }

    private long secondsBlocked(String key, Instant now) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key);
        return throttle == null ? 0 : throttle.secondsBlocked(now);
    }

    private static String accountKey(String normalizedEmail) {
        return "account:" + truncate(normalizedEmail);
    }

    private static String addressKey(String address) {
        return "address:" + truncate(address);
    }

    private static String truncate(String value) {
        String v = value == null ? "" : value;
        return v.length() > 300 ? v.substring(0, 300) : v;
    }
}
