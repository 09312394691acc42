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
 * Slows down password guessing per account and per client address, reserve-then-settle: {@link #reserve} counts the
 * attempt as a failure before the password is checked, {@link #settleSuccess} takes it back when it was right. Both
 * run in transactions of their own, so the count stands whatever the sign-in does afterwards, and no row lock or
 * connection is held while the password hash is computed. Rows are always locked account first, then address, so two
 * attempts never wait for each other in a circle.
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

    /**
     * Locks (or creates) the account's and the address's rows, refuses with 429 and a Retry-After while either is
     * blocked, and otherwise counts this attempt as a failure on both.
     *
     * @return the instant of the reservation, which {@link #settleSuccess} needs
     * @throws jakarta.persistence.PersistenceException when a parallel first attempt inserted the same key; the
     *                                                  caller retries, and then finds the row
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Instant reserve(String normalizedEmail, String address) {
        Instant now = clock.instant();
        LoginThrottle account = lockOrCreate(accountKey(normalizedEmail), now);
        LoginThrottle origin = lockOrCreate(addressKey(address), now);
        long wait = LoginThrottle.reserve(now, account, accountPolicy, origin, addressPolicy);
        if (wait > 0) {
            throw DomainException.tooManyRequests("login-throttled",
                    "Too many failed sign-in attempts. Try again in " + wait + " seconds.", wait);
        }
        return now;
    }

    /**
     * The password was right: the account's count is cleared, and the address gets back the one attempt reserved
     * (not more: one good account must not unlock guessing at others from the same address).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void settleSuccess(String normalizedEmail, String address, Instant reservedAt) {
        LoginThrottle account = em.find(LoginThrottle.class, accountKey(normalizedEmail), LockModeType.PESSIMISTIC_WRITE);
        if (account != null) {
            em.remove(account);
        }
        if (reservedAt == null) {
            return;
        }
        LoginThrottle origin = em.find(LoginThrottle.class, addressKey(address), LockModeType.PESSIMISTIC_WRITE);
        if (origin != null) {
            origin.takeBack(reservedAt, addressPolicy);
        }
    }

    /**
     * Forgets the account's failures within the caller's transaction (a completed password reset: whoever guessed
     * before now guesses at a password that no longer exists, and the owner may sign in at once).
     */
    @Transactional(TxType.MANDATORY)
    public void forgetAccount(String normalizedEmail) {
        LoginThrottle account = em.find(LoginThrottle.class, accountKey(normalizedEmail), LockModeType.PESSIMISTIC_WRITE);
        if (account != null) {
            em.remove(account);
        }
    }

    private LoginThrottle lockOrCreate(String key, Instant now) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(key, now);
            em.persist(throttle);
            // Surfaces a parallel insert of the same key here, as an exception the caller retries on.
            em.flush();
        }
        return throttle;
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
