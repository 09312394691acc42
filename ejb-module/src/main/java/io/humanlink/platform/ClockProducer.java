package io.humanlink.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of the application (UTC), injected so that time-dependent rules can be tested with a fixed one. It
 * ticks in microseconds, the precision of {@code timestamptz}, so a value read back equals the value written.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
