package io.humanlink.web.api.platform;

import io.humanlink.batch.schedule.ItemCounts;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One execution of a batch job as ops see it. {@code status} is the batch status with STARTING and STARTED folded
 * into RUNNING (else the same: STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED); {@code batchStatus} is the raw one.
 * {@code durationMs} runs on while the execution runs. Items are summed over all steps and partitions; for a
 * finished partitioned step the batch repository sums the partitions over the whole job instance, so a completed
 * restart of the nightly job counts the work of the stopped execution too. While running, the live count of this
 * execution is shown.
 */
public record JobExecutionResponse(long id, String jobName, String status, String batchStatus, String exitStatus,
                                   Instant startedAt, Instant endedAt, Long durationMs, long itemsRead,
                                   long itemsWritten, Map<String, String> parameters) {

    public static JobExecutionResponse of(JobExecution execution, ItemCounts items, Instant now) {
        Instant started = instant(execution.getStartTime());
        Instant ended = instant(execution.getEndTime());
        Long duration = started == null ? null
                : Math.max(0, Duration.between(started, ended == null ? now : ended).toMillis());
        BatchStatus batchStatus = execution.getBatchStatus();
        return new JobExecutionResponse(execution.getExecutionId(), execution.getJobName(), status(batchStatus),
                batchStatus == null ? null : batchStatus.name(), execution.getExitStatus(), started, ended, duration,
                items.read(), items.written(), parameters(execution.getJobParameters()));
    }

    static String status(BatchStatus batchStatus) {
        if (batchStatus == null) {
            return null;
        }
        return switch (batchStatus) {
            case STARTING, STARTED -> "RUNNING";
            default -> batchStatus.name();
        };
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Map<String, String> parameters(Properties properties) {
        Map<String, String> parameters = new TreeMap<>();
        if (properties != null) {
            properties.stringPropertyNames().forEach(name -> parameters.put(name, properties.getProperty(name)));
        }
        return parameters;
    }
}
