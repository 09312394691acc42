package io.humanlink.batch.schedule;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The batch jobs ops may run, by the name of their job XML ({@code META-INF/batch-jobs/<name>.xml}), with the job
 * parameters each one accepts and the time of day it runs when nothing is configured. Executions of any other job
 * name (including the internal sub-jobs of partitions) are not ours to show or operate.
 */
public enum BatchJob {

    NIGHTLY_MATCHING("nightly-matching", "02:30",
            Set.of(JobParameters.RUN_DATE, JobParameters.CHUNK_SIZE, JobParameters.PARTITIONS)),
    RETENTION_REMATCH("retention-rematch", "03:30",
            Set.of(JobParameters.RUN_DATE, JobParameters.CHUNK_SIZE));

    private final String jobName;
    private final String defaultTime;
    private final Set<String> parameterNames;

    BatchJob(String jobName, String defaultTime, Set<String> parameterNames) {
        this.jobName = jobName;
        this.defaultTime = defaultTime;
        this.parameterNames = parameterNames;
    }

    public String jobName() {
        return jobName;
    }

    /** The {@code HH:mm} it runs at when {@code humanlink.jobs.<name>.at} is not set. */
    public String defaultTime() {
        return defaultTime;
    }

    public Set<String> parameterNames() {
        return parameterNames;
    }

    /** {@code humanlink.jobs.<name>.at}: the configuration key of this job's daily start time. */
    public String timeKey() {
        return "humanlink.jobs." + jobName + ".at";
    }

    public static Optional<BatchJob> byName(String jobName) {
        return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
    }
}
