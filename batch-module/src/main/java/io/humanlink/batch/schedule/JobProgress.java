package io.humanlink.batch.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live item counts of the executions running in this JVM. The batch repository stores a step's metrics only when the
 * step (for a partitioned step: the whole step) ends, so without this ops would see 0 items until the end of a run.
 * Fed by {@link ItemProgressListener} from every partition thread; keyed by the top-level execution id. Only the most
 * recent executions are kept: finished ones are reported from the repository.
 */
@ApplicationScoped
public class JobProgress {

    static final int KEPT = 64;

    private final ConcurrentSkipListMap<Long, Counters> executions = new ConcurrentSkipListMap<>();

    public void read(long executionId, long items) {
        counters(executionId).read.addAndGet(items);
    }

    public void written(long executionId, long items) {
        counters(executionId).written.addAndGet(items);
    }

    public Optional<ItemCounts> of(long executionId) {
        Counters counters = executions.get(executionId);
        return counters == null ? Optional.empty()
                : Optional.of(new ItemCounts(counters.read.get(), counters.written.get()));
    }

    private Counters counters(long executionId) {
        Counters counters = executions.get(executionId);
        if (counters != null) {
            return counters;
        }
        counters = executions.computeIfAbsent(executionId, id -> new Counters());
        while (executions.size() > KEPT) {
            Map.Entry<Long, Counters> oldest = executions.pollFirstEntry();
            if (oldest == null) {
                break;
            }
            if (oldest.getKey() == executionId) {
                executions.put(executionId, oldest.getValue());
                break;
            }
        }
        return counters;
    }

    private static final class Counters {
        final AtomicLong read = new AtomicLong();
        final AtomicLong written = new AtomicLong();
    }
}
