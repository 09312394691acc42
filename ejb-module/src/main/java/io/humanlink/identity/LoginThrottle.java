package io.humanlink.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins counted for one key (an account's email or a client address). Up to {@code maxFailures} failures are
 * free; each one after that blocks the key for a delay that doubles, capped. Kept in the database so every node
 * sees the same counts.
 */
@Entity
@Table(name = "login_throttles")
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
