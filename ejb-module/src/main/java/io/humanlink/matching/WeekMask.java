package io.humanlink.matching;

import io.humanlink.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A week of availability as 336 half-hour bits in UTC (Monday 00:00 UTC = bit 0), so two people in different time
 * zones compare with a few AND/bit-count operations. Local slots are placed on the calendar of the week that contains
 * the reference instant, so the UTC offsets (and DST) in force that week apply.
 */
public final class WeekMask {

    public static final int HALF_HOURS = 7 * 48;
    static final int WORDS = (HALF_HOURS + 63) / 64;

    /** Each zone's local day starts of a week; every seeker of a night reads the same few (one per zone). */
    private static final LocalDayStarts DAY_STARTS = new LocalDayStarts();

    private WeekMask() {
    }

    public static long[] of(List<WeeklySlot> slots, ZoneId zone, Instant reference) {
        long[] mask = new long[WORDS];
        long weekStart = weekStartUtc(reference).toEpochSecond();
        LocalDate localMonday = reference.atZone(zone).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long[] dayStarts = DAY_STARTS.of(zone, localMonday);
        for (WeeklySlot slot : slots) {
            // Minutes count on the instant time-line from the start of the local day, as ZonedDateTime.plusMinutes.
            long dayStart = dayStarts[slot.day().getValue() - 1];
            long start = dayStart + 60L * slot.startMinute();
            long end = dayStart + 60L * slot.endMinute();
            // Only whole half-hours count: round the start up and the end down.
            long first = ceilDiv(Math.floorDiv(start - weekStart, 60), 30);
            long last = Math.floorDiv(Math.floorDiv(end - weekStart, 60), 30);
            for (long h = first; h < last; h++) {
                int bit = (int) Math.floorMod(h, HALF_HOURS);
                mask[bit >>> 6] |= 1L << (bit & 63);
            }
        }
        return mask;
    }

    public static int count(long[] mask) {
        int n = 0;
        for (long word : mask) {
            n += Long.bitCount(word);
        }
        return n;
    }

    public static int overlap(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < WORDS; i++) {
            n += Long.bitCount(a[i] & b[i]);
        }
        return n;
    }

    /** The first half-hour both are free, as a UTC instant in the reference week, or null. */
    public static Instant firstShared(long[] a, long[] b, Instant reference) {
        for (int i = 0; i < WORDS; i++) {
            long both = a[i] & b[i];
            if (both != 0) {
                int bit = i * 64 + Long.numberOfTrailingZeros(both);
                return weekStartUtc(reference).plusMinutes(30L * bit).toInstant();
            }
        }
        return null;
    }

    static ZonedDateTime weekStartUtc(Instant reference) {
        return reference.atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
