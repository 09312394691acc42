package io.humanlink.batch.matching;

import io.humanlink.batch.schedule.JobParameters;
import io.humanlink.matching.MatchingEngine;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Partitions the nightly step over user-id ranges of the seekers (job parameter {@code partitions}, default 8), run
 * on as many threads as the server has cores: scoring is CPU-bound, so more threads would only take turns, and more
 * ranges than threads keep every core busy to the end (a thread that finishes its range takes the next).
 *
 * <p>The ranges are computed once per job instance and kept as the step's persistent user data: on a restart the
 * batch runtime asks the mapper again, and each unfinished partition resumes from its own checkpoint, which only
 * makes sense within the same range — so a restart reuses the ranges even if people answered the questionnaire in
 * between. The last range is open-ended, so whoever answers while the job runs is not left out. When nobody has
 * answered yet there is one (empty) partition.
 *
 * <p>Partition properties: {@code afterId} (exclusive), {@code upToId} (inclusive), {@code partition} (0-based) and
 * {@code executionId}, the top-level execution id (a partition's own job context belongs to an internal sub-job).
 */
@Named("seekerRangeMapper")
@Dependent
public class SeekerRangeMapper implements PartitionMapper {

    private static final Logger LOG = Logger.getLogger(SeekerRangeMapper.class.getName());

    @Inject
    MatchingEngine engine;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    @BatchProperty(name = "partitions")
    String partitionsProperty;

    @Override
    public PartitionPlan mapPartitions() {
        long[] boundaries = planOfPreviousExecution();
        if (boundaries == null) {
            boundaries = newPlan();
            // Kept as text: the batch runtime deserialises step data with a loader that cannot resolve long[].
            stepContext.setPersistentUserData(encode(boundaries));
        }
        int n = boundaries.length - 1;
        Properties[] properties = new Properties[n];
        for (int i = 0; i < n; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("afterId", Long.toString(boundaries[i]));
            properties[i].setProperty("upToId", Long.toString(i == n - 1 ? Long.MAX_VALUE : boundaries[i + 1]));
            properties[i].setProperty("partition", Integer.toString(i));
            properties[i].setProperty("executionId", Long.toString(jobContext.getExecutionId()));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(Math.min(n, Runtime.getRuntime().availableProcessors()));  // scoring is CPU-bound
        plan.setPartitionsOverride(false);
        plan.setPartitionProperties(properties);
        long[] logged = boundaries;
        LOG.info(() -> String.format("%s execution %d: %d partition(s) over seeker ids, boundaries %s",
                jobContext.getJobName(), jobContext.getExecutionId(), n, Arrays.toString(logged)));
        return plan;
    }

    private long[] planOfPreviousExecution() {
        if (stepContext.getPersistentUserData() instanceof String saved && !saved.isBlank()) {
            long[] previous = Arrays.stream(saved.split(",")).mapToLong(Long::parseLong).toArray();
            return previous.length >= 2 ? previous : null;
        }
        return null;
    }

    private static String encode(long[] boundaries) {
        return Arrays.stream(boundaries).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(","));
    }

    private long[] newPlan() {
        int partitions = JobParameters.positiveInt(partitionsProperty, JobParameters.DEFAULT_PARTITIONS,
                JobParameters.PARTITIONS);
        long[] bounds = engine.seekerIdBounds();
        return bounds == null ? new long[] {0, 0} : SeekerRanges.boundaries(bounds[0], bounds[1], partitions);
    }
}
