package io.humanlink.matching;

import java.util.Arrays;

/**
 * Keeps the k best (score, index) pairs seen, best first. A sorted insertion into k slots: for the small k we use
 * (≈10) this beats a heap and allocates nothing per candidate. Ties keep the earlier index, so results are stable.
 */
final class TopK {

    private final double[] scores;
    private final int[] indexes;
    private int size;

    TopK(int k) {
        scores = new double[k];
        indexes = new int[k];
    }

    void offer(double score, int index) {
        int k = scores.length;
        if (size == k && score <= scores[k - 1]) {
            return;
        }
        int at = size < k ? size++ : k - 1;
        while (at > 0 && scores[at - 1] < score) {
            scores[at] = scores[at - 1];
            indexes[at] = indexes[at - 1];
            at--;
        }
        scores[at] = score;
        indexes[at] = index;
    }

    int size() {
        return size;
    }

    int index(int rank) {
        return indexes[rank];
    }

    double score(int rank) {
        return scores[rank];
    }

    int[] indexes() {
        return Arrays.copyOf(indexes, size);
    }
}
