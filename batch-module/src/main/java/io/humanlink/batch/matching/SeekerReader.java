package io.humanlink.batch.matching;

import io.humanlink.batch.schedule.JobParameters;
import io.humanlink.matching.FriendPool;
import io.humanlink.matching.MatchingEngine;
import io.humanlink.matching.Seeker;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads the seekers of one partition's id range {@code (afterId, upToId]} in id order, a page of {@code pageSize} at a
 * time. Its checkpoint is the id of the last seeker handed out (a {@link Long}), so a restart continues right after the
 * last committed chunk. On open it puts the run's Friend pool for its reference instant (the run date at 00:00 UTC),
 * shared by the run's partitions ({@link RunFriendPools}), into the step's transient user data, for
 * {@link ProposalProcessor}.
 */
@Named("nightlySeekerReader")
@Dependent
public class SeekerReader extends AbstractItemReader {

    @Inject
    MatchingEngine engine;

    @Inject
    RunFriendPools pools;

    @Inject
    StepContext stepContext;

    @Inject
    JobContext jobContext;

    @Inject
    Clock clock;

    @Inject
    @BatchProperty(name = "afterId")
    String afterIdProperty;

    @Inject
    @BatchProperty(name = "upToId")
    String upToIdProperty;

    @Inject
    @BatchProperty(name = "runDate")
    String runDateProperty;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSizeProperty;

    /** The top-level execution (a partition's own job context belongs to an internal sub-job); default: this one. */
    @Inject
    @BatchProperty(name = "executionId")
    String executionIdProperty;

    private final Deque<Seeker> page = new ArrayDeque<>();
    private Instant reference;
    private long upToId;
    private int pageSize;
    private long lastReadId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        reference = JobParameters.reference(JobParameters.runDate(runDateProperty, clock));
        long afterId = JobParameters.longValue(afterIdProperty, Long.MIN_VALUE, "afterId");
        upToId = JobParameters.longValue(upToIdProperty, Long.MAX_VALUE, "upToId");
        pageSize = JobParameters.positiveInt(pageSizeProperty, JobParameters.DEFAULT_CHUNK_SIZE, "pageSize");
        lastReadId = checkpoint instanceof Long last ? Math.max(last, afterId) : afterId;
        page.clear();
        exhausted = false;
        loadFriendPoolOnce();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<Seeker> next = engine.loadSeekers(lastReadId, upToId, pageSize, reference);
            page.addAll(next);
            exhausted = next.size() < pageSize;
        }
        Seeker seeker = page.poll();
        if (seeker == null) {
            return null;
        }
        lastReadId = seeker.userId();
        return seeker;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastReadId;
    }

    /** Takes the run's pool (see {@link RunFriendPools}) on the first open; re-opens (a retried chunk) keep it. */
    private void loadFriendPoolOnce() {
        if (!(stepContext.getTransientUserData() instanceof FriendPool pool && pool.reference().equals(reference))) {
            long executionId = JobParameters.longValue(executionIdProperty, jobContext.getExecutionId(),
                    "executionId");
            stepContext.setTransientUserData(pools.of(executionId, reference));
        }
    }
}
