package io.humanlink.batch.schedule;

import io.humanlink.platform.DomainException;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Starts, stops, restarts and inspects executions of our jobs through the Jakarta Batch {@link JobOperator}, for the
 * scheduler and the ops API alike, and turns the operator's refusals into problems a client can act on.
 *
 * <p>Invariant: at most one execution per job runs at a time in this JVM. Two runs of the nightly job at once would
 * both delete and insert the same seekers' proposals in concurrent transactions and leave duplicates, so starting or
 * restarting is refused while an execution of that job is starting, started or stopping, and the check and the start
 * happen under one lock. (A cluster of several nodes would need a database lock instead; we run one batch node.)
 */
@ApplicationScoped
public class JobOperations {

    private static final Logger LOG = Logger.getLogger(JobOperations.class.getName());

    /** Batch statuses of an execution that is still running (or about to), for which a new start must wait. */
    public static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    private static final int INSTANCES_SCANNED = 50;

    @Inject
    Clock clock;

    @Inject
    JobProgress progress;

    /**
     * Starts a new execution (a new job instance) with the requested parameters, validated and completed by defaults.
     *
     * @return the new execution's id
     * @throws DomainException 400 for bad parameters, 409 when an execution of the job is still running
     */
    public synchronized long start(BatchJob job, Map<String, ?> requested) {
        Properties parameters = JobParameters.forStart(job, requested, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        requireIdle(job);
        long id = operator().start(job.jobName(), parameters);
        LOG.info(() -> "Started " + job.jobName() + " as execution " + id + " with " + parameters);
        return id;
    }

    /**
     * Restarts a stopped or failed execution with its own parameters (so it scores the same run date); it continues
     * from the last checkpoint of each partition that had not completed.
     *
     * @return the id of the new execution of the same job instance
     * @throws DomainException 404 for an unknown execution, 409 when it cannot be restarted
     */
    public synchronized long restart(long executionId) {
        JobExecution execution = execution(executionId);
        BatchJob job = BatchJob.byName(execution.getJobName()).orElseThrow();
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.STOPPED && status != BatchStatus.FAILED) {
            throw notRestartable(executionId, "it is " + status.name().toLowerCase(Locale.ROOT));
        }
        requireIdle(job);
        JobOperator operator = operator();
        try {
            Properties parameters = operator.getParameters(executionId);
            long id = operator.restart(executionId, parameters == null ? new Properties() : parameters);
            LOG.info(() -> "Restarted " + job.jobName() + " execution " + executionId + " as execution " + id);
            return id;
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw executionNotFound(executionId);
        } catch (JobExecutionNotMostRecentException e) {
            throw new DomainException(409, "job-execution-not-most-recent", "Not the most recent execution",
                    "Execution " + executionId + " has been restarted already; restart the newest execution of "
                            + "that job instance instead.");
        } catch (JobExecutionAlreadyCompleteException e) {
            throw notRestartable(executionId, "it has completed");
        } catch (JobRestartException e) {
            throw notRestartable(executionId, "the batch runtime refused: " + e.getMessage());
        }
    }

    /**
     * Asks a running execution to stop after its current chunk (each partition commits, checkpoints and ends
     * STOPPED). Stopping an execution that is already stopping is accepted and changes nothing.
     *
     * @throws DomainException 404 for an unknown execution, 409 when it is not running
     */
    public void stop(long executionId) {
        JobExecution execution = execution(executionId);
        BatchStatus status = execution.getBatchStatus();
        if (status == BatchStatus.STOPPING) {
            return;
        }
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
            throw notRunning(executionId, status);
        }
        try {
            operator().stop(executionId);
            LOG.info(() -> "Stop requested for " + execution.getJobName() + " execution " + executionId);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw executionNotFound(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw notRunning(executionId, operator().getJobExecution(executionId).getBatchStatus());
        }
    }

    /** An execution of one of our jobs; anything else (unknown id, another job, a partition's sub-job) is 404. */
    public JobExecution execution(long executionId) {
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            if (execution == null || BatchJob.byName(execution.getJobName()).isEmpty()) {
                throw executionNotFound(executionId);
            }
            return execution;
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw executionNotFound(executionId);
        }
    }

    /** Up to {@code limit} executions of the job, newest first (restarts included); none if it never ran. */
    public List<JobExecution> recentExecutions(BatchJob job, int limit) {
        JobOperator operator = operator();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(job.jobName(), 0, Math.max(limit, INSTANCES_SCANNED));
        } catch (NoSuchJobException | JobSecurityException e) {
            return List.of();
        }
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : instances) {
            try {
                executions.addAll(operator.getJobExecutions(instance));
            } catch (NoSuchJobInstanceException | JobSecurityException e) {
                // deleted meanwhile: nothing to show
            }
        }
        executions.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
        return executions.size() > limit ? List.copyOf(executions.subList(0, limit)) : executions;
    }

    /** Whether an execution of the job is starting, started or stopping. */
    public boolean isRunning(BatchJob job) {
        return runningExecution(job).isPresent();
    }

    /**
     * Items read and written by an execution. A finished execution's step metrics are the record (for a partitioned
     * step Payara sums its partitions over the whole job instance, so a restart's count includes what the executions
     * before it did); while it runs, the repository holds no chunk progress yet, so the live count of this execution
     * in this JVM is shown instead when it is higher.
     */
    public ItemCounts itemCounts(JobExecution execution) {
        long read = 0;
        long written = 0;
        try {
            for (StepExecution step : operator().getStepExecutions(execution.getExecutionId())) {
                read += metric(step, Metric.MetricType.READ_COUNT);
                written += metric(step, Metric.MetricType.WRITE_COUNT);
            }
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            // removed meanwhile: no steps to count
        }
        if (RUNNING.contains(execution.getBatchStatus())) {
            Optional<ItemCounts> live = progress.of(execution.getExecutionId());
            if (live.isPresent()) {
                return new ItemCounts(Math.max(read, live.get().read()), Math.max(written, live.get().written()));
            }
        }
        return new ItemCounts(read, written);
    }

    JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private Optional<Long> runningExecution(BatchJob job) {
        JobOperator operator = operator();
        List<Long> running;
        try {
            running = operator.getRunningExecutions(job.jobName());
        } catch (NoSuchJobException | JobSecurityException e) {
            return Optional.empty();
        }
        for (Long id : running) {
            try {
                if (RUNNING.contains(operator.getJobExecution(id).getBatchStatus())) {
                    return Optional.of(id);
                }
            } catch (NoSuchJobExecutionException e) {
                // ended and removed meanwhile
            }
        }
        return Optional.empty();
    }

    private void requireIdle(BatchJob job) {
        Optional<Long> running = runningExecution(job);
        if (running.isPresent()) {
            throw new DomainException(409, "job-already-running", "Job already running",
                    job.jobName() + " is already running as execution " + running.get()
                            + "; wait for it to end or stop it first.");
        }
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        Metric[] metrics = step.getMetrics();
        if (metrics == null) {
            return 0;
        }
        for (Metric metric : metrics) {
            if (metric != null && metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }

    private static DomainException executionNotFound(long executionId) {
        return DomainException.notFound("Job execution " + executionId);
    }

    private static DomainException notRunning(long executionId, BatchStatus status) {
        return new DomainException(409, "job-execution-not-running", "Job execution not running",
                "Execution " + executionId + " is " + status.name().toLowerCase(Locale.ROOT)
                        + "; only a running execution can be stopped.");
    }

    private static DomainException notRestartable(long executionId, String why) {
        return new DomainException(409, "job-execution-not-restartable", "Job execution not restartable",
                "Execution " + executionId + " cannot be restarted: " + why + ". Only a stopped or failed execution "
                        + "can be restarted.");
    }
}
