package io.humanlink.batch.retention;

import io.humanlink.batch.schedule.JobParameters;
import io.humanlink.matching.FriendPool;
import io.humanlink.matching.MatchingEngine;
import io.humanlink.matching.RetentionCandidates;
import io.humanlink.matching.Seeker;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Reads the users due for a re-match ({@link RetentionCandidates}: Friend left, last rating low, or quiet) in id
 * order, a page at a time, as {@link Seeker}s scored like the nightly job's (same processor). Its checkpoint is the
 * last user id handed out, so a restart goes on after the last committed chunk; whoever was re-matched before is no
 * longer due anyway. A due user who can no longer be a seeker (suspended meanwhile) is passed over. On open it loads
 * the Friend pool for the run date into the step's transient user data.
 */
@Named("retentionCandidateReader")
@Dependent
public class RetentionCandidateReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(RetentionCandidateReader.class.getName());

    @Inject
    RetentionCandidates candidates;

    @Inject
    MatchingEngine engine;

    @Inject
    StepContext stepContext;

    @Inject
    Clock clock;

    @Inject
    @BatchProperty(name = "runDate")
    String runDateProperty;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSizeProperty;

    private final Deque<RetentionCandidates.Due> page = new ArrayDeque<>();
    private final Map<RetentionCandidates.Reason, Integer> seen = new EnumMap<>(RetentionCandidates.Reason.class);
    private Instant reference;
    private int pageSize;
    private long lastReadId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        reference = JobParameters.reference(JobParameters.runDate(runDateProperty, clock));
        pageSize = JobParameters.positiveInt(pageSizeProperty, JobParameters.DEFAULT_CHUNK_SIZE, "pageSize");
        lastReadId = checkpoint instanceof Long last ? last : Long.MIN_VALUE;
        page.clear();
        exhausted = false;
        if (!(stepContext.getTransientUserData() instanceof FriendPool pool && pool.reference().equals(reference))) {
            stepContext.setTransientUserData(engine.loadFriendPool(reference));
        }
    }

    @Override
    public Object readItem() {
        while (true) {
            if (page.isEmpty()) {
                if (exhausted) {
                    return null;
                }
                List<RetentionCandidates.Due> next = candidates.due(lastReadId, pageSize, reference);
                page.addAll(next);
                exhausted = next.size() < pageSize;
                if (next.isEmpty()) {
                    return null;
                }
            }
            RetentionCandidates.Due due = page.poll();
            lastReadId = due.userId();
            Seeker seeker = engine.loadSeeker(due.userId(), reference);
            if (seeker != null) {
                seen.merge(due.reason(), 1, Integer::sum);
                return seeker;
            }
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return lastReadId;
    }

    @Override
    public void close() {
        if (!seen.isEmpty()) {
            LOG.info(() -> "Retention re-match read " + seen + " (quiet after " + candidates.quietDays()
                    + " days without match activity or sessions)");
        }
    }
}
