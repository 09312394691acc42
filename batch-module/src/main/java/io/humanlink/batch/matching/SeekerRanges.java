package io.humanlink.batch.matching;

/**
 * Splits the seekers' user ids into contiguous ranges, one per partition. The ranges are given as boundaries
 * {@code b[0] < b[1] < ... < b[n]}: partition {@code i} reads ids in {@code (b[i], b[i+1]]}. Widths differ by at most
 * one, there is never an empty range (fewer ids than partitions give fewer partitions), and the first range starts
 * just below the lowest id.
 */
final class SeekerRanges {

    private SeekerRanges() {
    }

    /**
     * @param min        lowest seeker id
     * @param max        highest seeker id, at least {@code min}
     * @param partitions wanted number of ranges, at least 1
     */
    static long[] boundaries(long min, long max, int partitions) {
        if (max < min || partitions < 1) {
            throw new IllegalArgumentException("need min <= max and partitions >= 1, got [" + min + ", " + max
                    + "] into " + partitions);
        }
        long span = max - min + 1;
        int n = (int) Math.min(partitions, span);
        long width = span / n;
        long longer = span % n;
        long[] boundaries = new long[n + 1];
        boundaries[0] = min - 1;
        for (int i = 1; i <= n; i++) {
            boundaries[i] = boundaries[i - 1] + width + (i <= longer ? 1 : 0);
        }
        return boundaries;
    }
}
