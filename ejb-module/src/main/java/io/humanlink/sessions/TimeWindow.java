package io.humanlink.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A half-open span of time [start, end). */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a window must end after it starts: " + start + " .. " + end);
        }
    }

    public boolean overlaps(TimeWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeWindow other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** Sorted, with touching or overlapping windows joined. */
    public static List<TimeWindow> merge(List<TimeWindow> windows) {
        List<TimeWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(TimeWindow::start));
        List<TimeWindow> merged = new ArrayList<>();
        for (TimeWindow next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.start.isAfter(merged.get(last).end)) {
                TimeWindow joined = merged.get(last);
                merged.set(last, new TimeWindow(joined.start, later(joined.end, next.end)));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /** {@code windows} without any time covered by {@code taken}. */
    public static List<TimeWindow> subtract(List<TimeWindow> windows, List<TimeWindow> taken) {
        List<TimeWindow> rest = merge(windows);
        for (TimeWindow cut : merge(taken)) {
            List<TimeWindow> next = new ArrayList<>();
            for (TimeWindow window : rest) {
                if (!window.overlaps(cut)) {
                    next.add(window);
                    continue;
                }
                if (window.start.isBefore(cut.start)) {
                    next.add(new TimeWindow(window.start, cut.start));
                }
                if (cut.end.isBefore(window.end)) {
                    next.add(new TimeWindow(cut.end, window.end));
                }
            }
            rest = next;
        }
        return rest;
    }

    /** {@code windows} cut to [from, to). */
    public static List<TimeWindow> clip(List<TimeWindow> windows, Instant from, Instant to) {
        List<TimeWindow> clipped = new ArrayList<>();
        for (TimeWindow window : windows) {
            Instant start = window.start.isBefore(from) ? from : window.start;
            Instant end = window.end.isAfter(to) ? to : window.end;
            if (start.isBefore(end)) {
                clipped.add(new TimeWindow(start, end));
            }
        }
        return clipped;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
