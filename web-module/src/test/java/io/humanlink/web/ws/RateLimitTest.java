package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsTheLimitInAWindowThenSaysHowLongToWait() {
        RateLimit limit = new RateLimit(3, 10 * SECOND);

        assertThat(limit.tryAcquire(0)).isEmpty();
        assertThat(limit.tryAcquire(SECOND)).isEmpty();
        assertThat(limit.tryAcquire(2 * SECOND)).isEmpty();

        assertThat(limit.tryAcquire(4 * SECOND)).hasValue(6000);
        assertThat(limit.tryAcquire(10 * SECOND)).as("the first send has left the window").isEmpty();
        assertThat(limit.tryAcquire(10 * SECOND)).hasValue(1000);
    }

    @Test
    void theWindowSlidesSoABurstAcrossABoundaryStillCounts() {
        RateLimit limit = new RateLimit(2, 10 * SECOND);
        limit.tryAcquire(9 * SECOND);
        limit.tryAcquire(9 * SECOND);

        assertThat(limit.tryAcquire(11 * SECOND)).isPresent();
        assertThat(limit.tryAcquire(19 * SECOND)).isEmpty();
    }
}
