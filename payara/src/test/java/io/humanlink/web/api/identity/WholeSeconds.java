package io.humanlink.web.api.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Access tokens carry their issue time ({@code iat}) in whole seconds, and a revocation ends only the tokens issued
 * in seconds before it (a token issued in the very second of a revocation may have been issued just after it). A test
 * that revokes a token it has just been given therefore first waits for the next second to begin.
 */
final class WholeSeconds {

    private WholeSeconds() {
    }

    static void startNext() {
        Instant now = Instant.now();
        Instant next = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).plusMillis(50);
        try {
            Thread.sleep(Duration.between(now, next));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
