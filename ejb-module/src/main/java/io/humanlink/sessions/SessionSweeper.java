package io.humanlink.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the session lifecycle's time-driven transitions every {@code humanlink.sessions.sweep-every} (a programmatic
 * interval timer, because {@code @Schedule} cannot read config). Non-persistent: a missed tick is caught up by the
 * next one, since the sweep works from the data, not from the tick. Every node of a cluster sweeps; the row locks in
 * the sweep keep that harmless.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SessionSweeper {

    private static final Logger LOG = Logger.getLogger(SessionSweeper.class.getName());

    @Resource
    TimerService timers;

    @Inject
    SessionLifecycle lifecycle;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.sweep-every", defaultValue = "PT1M")
    Duration every;

    @PostConstruct
    void schedule() {
        TimerConfig config = new TimerConfig("session sweep", false);
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), config);
    }

    /** Outside a container transaction: the sweep commits its own, and a failed one is not this timer's. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            int moved = lifecycle.sweep();
            if (moved > 0) {
                LOG.fine(() -> "Session sweep moved " + moved + " sessions");
            }
        } catch (RuntimeException e) {
            // The next tick retries from the data; a failed pass must not cancel the timer.
            LOG.log(Level.WARNING, "Session sweep failed; retrying at the next tick", e);
        }
    }
}
