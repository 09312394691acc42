package io.humanlink.batch.schedule;

import io.humanlink.platform.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts our batch jobs every day at the configured times: {@code humanlink.jobs.enabled} (default true),
 * {@code humanlink.jobs.timezone} (default UTC) and {@code humanlink.jobs.<job>.at} ({@code HH:mm} or {@code off}).
 *
 * <p>The timers are non-persistent and created at every start-up from configuration, so changing a time is a config
 * change and a restart, and a node that was down at the time simply runs the job the next day (or ops start it). A
 * start time that is not valid fails the deployment rather than silently never running. A timer that fires while the
 * previous execution of that job is still running starts nothing (see {@link JobOperations}).
 */
@Singleton
@Startup
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    JobOperations operations;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "humanlink.jobs.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "humanlink.jobs.timezone", defaultValue = "UTC")
    String timeZone;

    @PostConstruct
    void createTimers() {
        if (!enabled) {
            LOG.info("Scheduled batch jobs are off (humanlink.jobs.enabled=false); ops can still start them");
            return;
        }
        for (BatchJob job : BatchJob.values()) {
            String at = config.getOptionalValue(job.timeKey(), String.class).orElse(job.defaultTime());
            ScheduleExpression schedule;
            try {
                schedule = JobSchedules.daily(at, timeZone);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(job.timeKey() + " / humanlink.jobs.timezone: " + e.getMessage(), e);
            }
            if (schedule == null) {
                LOG.info(() -> job.jobName() + " is not scheduled (" + job.timeKey() + "=off)");
                continue;
            }
            timerService.createCalendarTimer(schedule, new TimerConfig(job.jobName(), false));
            LOG.info(() -> job.jobName() + " scheduled daily at " + at + " " + schedule.getTimezone());
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void startJob(Timer timer) {
        String name = String.valueOf(timer.getInfo());
        BatchJob job = BatchJob.byName(name).orElse(null);
        if (job == null) {
            LOG.warning(() -> "Timer for unknown batch job " + name + " ignored");
            return;
        }
        try {
            operations.start(job, Map.of());
        } catch (DomainException e) {
            LOG.warning(() -> "Scheduled " + name + " not started: " + e.getMessage());
        } catch (RuntimeException e) {
            // Not rethrown: the container would retry the timeout, and the next day's run (or ops) is the retry.
            LOG.log(Level.SEVERE, "Scheduled " + name + " could not be started", e);
        }
    }
}
