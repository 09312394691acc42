package io.humanlink.batch.schedule;

/** Items a job execution has read and written (over all its steps and partitions). */
public record ItemCounts(long read, long written) {
}
