package io.humanlink.client.load;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * End-to-end latencies, recorded from many threads without locks: buckets of 10 µs up to 10 s (anything slower counts
 * as 10 s). Percentiles are the upper bound of the bucket they fall in, so they are exact to 10 µs.
 */
public final class LatencyHistogram {

    static final long BUCKET_NANOS = 10_000;
    static final int BUCKETS = 1_000_000;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    public void record(long nanos) {
        counts.incrementAndGet((int) Math.min(BUCKETS - 1, Math.max(0, nanos) / BUCKET_NANOS));
    }

    public long count() {
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            total += counts.get(i);
        }
        return total;
    }

    /** The latency below which {@code fraction} (0 to 1) of the recorded ones fall, in nanoseconds; 0 when empty. */
    public long percentileNanos(double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be between 0 and 1");
        }
        long total = count();
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return (i + 1) * BUCKET_NANOS;
            }
        }
        return BUCKETS * BUCKET_NANOS;
    }

    public double percentileMillis(double fraction) {
        return percentileNanos(fraction) / 1e6;
    }
}
