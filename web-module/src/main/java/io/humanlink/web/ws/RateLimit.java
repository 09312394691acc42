package io.humanlink.web.ws;

import java.util.ArrayDeque;
import java.util.OptionalLong;

/**
 * At most {@code limit} frames of a kind (sends; resumes and read markers) in any window of {@code windowNanos} (a
 * sliding window, so a burst at the end of one window and the start of the next still counts together). Refused
 * attempts do not count.
 */
final class RateLimit {

    private final int limit;
    private final long windowNanos;
    private final ArrayDeque<Long> recent = new ArrayDeque<>();

    RateLimit(int limit, long windowNanos) {
        if (limit < 1 || windowNanos < 1) {
            throw new IllegalArgumentException("a rate needs a positive count and window");
        }
        this.limit = limit;
        this.windowNanos = windowNanos;
    }

    /** Empty when the frame may go now (and counts it); else the milliseconds until one may (at least 1). */
    synchronized OptionalLong tryAcquire(long nowNanos) {
        while (!recent.isEmpty() && nowNanos - recent.peekFirst() >= windowNanos) {
            recent.pollFirst();
        }
        if (recent.size() < limit) {
            recent.addLast(nowNanos);
            return OptionalLong.empty();
        }
        long waitNanos = recent.peekFirst() + windowNanos - nowNanos;
        return OptionalLong.of(Math.max(1, (waitNanos + 999_999) / 1_000_000));
    }
}
