package io.humanlink.batch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeekerRangesTest {

    @Test
    void splitsIntoContiguousRangesOfNearlyEqualWidth() {
        assertThat(SeekerRanges.boundaries(1, 10, 2)).containsExactly(0, 5, 10);
        assertThat(SeekerRanges.boundaries(1, 10, 3)).containsExactly(0, 4, 7, 10);
        assertThat(SeekerRanges.boundaries(101, 400, 4)).containsExactly(100, 175, 250, 325, 400);
    }

    @Test
    void everyIdIsInExactlyOneRange() {
        long min = 37;
        long max = 1_234;
        for (int n = 1; n <= 16; n++) {
            long[] b = SeekerRanges.boundaries(min, max, n);
            assertThat(b[0]).isEqualTo(min - 1);
            assertThat(b[b.length - 1]).isEqualTo(max);
            for (int i = 1; i < b.length; i++) {
                assertThat(b[i]).as("range %d of %d is not empty", i, n).isGreaterThan(b[i - 1]);
                assertThat(b[i] - b[i - 1]).isBetween((max - min + 1) / n, (max - min + 1) / n + 1);
            }
        }
    }

    @Test
    void fewerIdsThanPartitionsGiveFewerRanges() {
        assertThat(SeekerRanges.boundaries(42, 42, 4)).containsExactly(41, 42);
        assertThat(SeekerRanges.boundaries(1, 3, 8)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void hugeIdSpansDoNotOverflow() {
        long[] b = SeekerRanges.boundaries(1, Long.MAX_VALUE - 1, 16);

        assertThat(b).hasSize(17);
        assertThat(b[16]).isEqualTo(Long.MAX_VALUE - 1);
        for (int i = 1; i < b.length; i++) {
            assertThat(b[i]).isGreaterThan(b[i - 1]);
        }
    }

    @Test
    void refusesAnEmptySpanOrNoPartitions() {
        assertThatThrownBy(() -> SeekerRanges.boundaries(5, 4, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeekerRanges.boundaries(1, 4, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
