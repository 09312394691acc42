package io.humanlink.batch.matching;

import io.humanlink.matching.FriendPool;
import io.humanlink.matching.MatchingEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Friend pool of a job execution, loaded once and shared by all its partitions: one snapshot of the Friends per
 * run, instead of one per partition, and a partition costs no more than its seekers, so a run can be cut into more
 * partitions than it has threads (which evens out their ends). Kept for the few most recent executions only; a restart
 * is a new execution, and loads the Friends as they are then.
 */
@ApplicationScoped
public class RunFriendPools {

    /** Executions kept: a nightly and a retention run at once, and a restart or two. */
    private static final int KEPT = 4;

    @Inject
    MatchingEngine engine;

    private final Map<Run, FriendPool> pools = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Run, FriendPool> eldest) {
            return size() > KEPT;
        }
    };

    private record Run(long executionId, Instant reference) {
    }

    /**
     * The pool for this execution and reference instant; the first partition to ask loads it, and the others wait for
     * it rather than load their own.
     */
    public synchronized FriendPool of(long executionId, Instant reference) {
        return pools.computeIfAbsent(new Run(executionId, reference), run -> engine.loadFriendPool(reference));
    }
}
