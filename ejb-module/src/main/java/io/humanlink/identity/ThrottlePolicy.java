package io.humanlink.identity;

import java.time.Duration;

/**
 * How hard to slow down a key after failed logins: the {@code maxFailures}-th failure blocks the key for
 * {@code baseDelay}, and every further one doubles the delay, never beyond {@code maxDelay}.
 */
public record ThrottlePolicy(int maxFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter) {

    public Duration delayAfter(int failures) {
        int excess = failures - maxFailures + 1;
        if (excess <= 0) {
            return Duration.ZERO;
        }
        long factor = 1L << Math.min(excess - 1, 20);
        Duration delay = baseDelay.multipliedBy(factor);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
