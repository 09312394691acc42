package io.humanlink.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Sign-in attempts counted for one key (an account's email or a client address). Up to {@code maxFailures} failures
 * are free; each one after that blocks the key for a delay that doubles, capped. Kept in the database so every node
 * sees the same counts.
 * <p>
 * An attempt is counted as a failure <em>before</em> the password is checked (see {@link #reserve}), under a row
 * lock, so parallel guesses cannot all pass a check that none of them has been counted against yet; a success then
 * takes its count back ({@link #takeBack}).
 */
@Entity
@Table(name = "login_throttles")
@NamedQuery(name = "LoginThrottle.deleteQuiet", query = "delete from LoginThrottle t where t.lastFailureAt < :quietSince"
        + " and (t.blockedUntil is null or t.blockedUntil < :now)")
public class LoginThrottle {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key, Instant now) {
        this.key = key;
        this.lastFailureAt = now;
    }

    /**
     * Reserves one attempt against both keys: refuses (returning the seconds to wait) while either is blocked, and
     * otherwise counts the attempt as a failure on both right away.
     *
     * @return 0 when the attempt was counted and may go ahead, else the seconds until it may be tried again
     */
    public static long reserve(Instant now, LoginThrottle account, ThrottlePolicy accountPolicy,
                               LoginThrottle address, ThrottlePolicy addressPolicy) {
        long wait = Math.max(account.secondsBlocked(now), address.secondsBlocked(now));
        if (wait > 0) {
            return wait;
        }
        account.recordFailure(now, accountPolicy);
        address.recordFailure(now, addressPolicy);
        return 0;
    }

    /** Counts one more failure; a key quiet for {@code forgetAfter} starts from zero again. */
    public void recordFailure(Instant now, ThrottlePolicy policy) {
        if (Duration.between(lastFailureAt, now).compareTo(policy.forgetAfter()) > 0) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        Duration delay = policy.delayAfter(failures);
        blockedUntil = delay.isZero() ? null : now.plus(delay);
    }

    /**
     * Takes back the failure counted by a reservation made at {@code reservedAt} that turned out to be a success.
     * A reservation is granted only while the key is not blocked, so when no failure was counted after it the key is
     * unblocked again; when others failed since, the block of the latest failure is recomputed with one failure less.
     */
    public void takeBack(Instant reservedAt, ThrottlePolicy policy) {
        if (failures == 0) {
            return;
        }
        failures--;
        if (lastFailureAt.equals(reservedAt)) {
            blockedUntil = null;
        } else {
            Duration delay = policy.delayAfter(failures);
            blockedUntil = delay.isZero() ? null : lastFailureAt.plus(delay);
        }
    }

    /** Seconds until this key may try again, or zero. */
    public long secondsBlocked(Instant now) {
        if (blockedUntil == null || !now.isBefore(blockedUntil)) {
            return 0;
        }
        return Math.max(1, (Duration.between(now, blockedUntil).toMillis() + 999) / 1000);
    }

    public int getFailures() {
        return failures;
    }
}
