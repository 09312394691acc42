package io.humanlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void keepsTheBestInOrder() {
        TopK top = new TopK(3);
        double[] scores = {10, 50, 20, 90, 40, 5};
        for (int i = 0; i < scores.length; i++) {
            top.offer(scores[i], i);
        }
        assertThat(top.indexes()).containsExactly(3, 1, 4);
        assertThat(top.score(0)).isEqualTo(90);
    }

    @Test
    void tiesKeepTheEarlierCandidate() {
        TopK top = new TopK(2);
        top.offer(70, 0);
        top.offer(70, 1);
        top.offer(70, 2);
        assertThat(top.indexes()).containsExactly(0, 1);
    }

    @Test
    void fewerCandidatesThanK() {
        TopK top = new TopK(10);
        top.offer(1, 7);
        assertThat(top.size()).isEqualTo(1);
        assertThat(top.index(0)).isEqualTo(7);
    }
}
