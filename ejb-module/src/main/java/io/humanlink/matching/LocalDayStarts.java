package io.humanlink.matching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The instants (epoch seconds) at which the seven local days of a week start in a zone, DST and all, remembered by
 * zone and week: placing a seeker's weekly slots needs them for every slot, and the zone rules' look-ups were a
 * fifth of reading a seeker for the nightly job, which places everyone on the same week in a few zones. Bounded:
 * emptied when it holds {@value #MAX_ENTRIES} weeks, which only years of weeks in every zone would fill.
 */
final class LocalDayStarts {

    private static final int MAX_ENTRIES = 4096;

    private record Week(ZoneId zone, LocalDate monday) {
    }

    private final Map<Week, long[]> starts = new ConcurrentHashMap<>();

    /** Epoch seconds of the start of {@code monday} and the six days after it, in {@code zone}. */
    long[] of(ZoneId zone, LocalDate monday) {
        Week week = new Week(zone, monday);
        long[] known = starts.get(week);
        if (known != null) {
            return known;
        }
        long[] computed = new long[7];
        for (int day = 0; day < 7; day++) {
            computed[day] = monday.plusDays(day).atStartOfDay(zone).toEpochSecond();
        }
        if (starts.size() >= MAX_ENTRIES) {
            starts.clear();
        }
        starts.put(week, computed);
        return computed;
    }
}
