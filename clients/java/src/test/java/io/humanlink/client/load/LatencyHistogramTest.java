package io.humanlink.client.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void percentilesAreTheUpperBoundOfTheirTenMicrosecondBucket() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int millis = 1; millis <= 100; millis++) {
            histogram.record(millis * 1_000_000L + 1);
        }

        assertThat(histogram.count()).isEqualTo(100);
        assertThat(histogram.percentileMillis(0.50)).isEqualTo(50.01);
        assertThat(histogram.percentileMillis(0.99)).isEqualTo(99.01);
        assertThat(histogram.percentileMillis(1.0)).isEqualTo(100.01);
    }

    @Test
    void anEmptyHistogramHasZeroPercentiles() {
        assertThat(new LatencyHistogram().percentileNanos(0.99)).isZero();
    }

    @Test
    void latenciesBeyondTheRangeCountAsTheLargestBucket() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.record(Long.MAX_VALUE);
        histogram.record(-5);

        assertThat(histogram.percentileNanos(0.5)).isEqualTo(LatencyHistogram.BUCKET_NANOS);
        assertThat(histogram.percentileNanos(1.0)).isEqualTo(LatencyHistogram.BUCKETS * LatencyHistogram.BUCKET_NANOS);
    }
}
