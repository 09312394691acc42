package io.humanlink.matching;

import io.humanlink.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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

    private WeekMask() {
    }

    public static long[] of(List<WeeklySlot> slots, ZoneId zone, Instant reference) {
        long[] mask = new long[WORDS];
        ZonedDateTime utcWeekStart = weekStartUtc(reference);
        LocalDate localMonday = reference.atZone(zone).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (WeeklySlot slot : slots) {
            LocalDate date = localMonday.plusDays(slot.day().getValue() - 1L);
            ZonedDateTime start = date.atStartOfDay(zone).plusMinutes(slot.startMinute());
            ZonedDateTime end = date.atStartOfDay(zone).plusMinutes(slot.endMinute());
            // Only whole half-hours count: round the start up and the end down.
            long first = ceilDiv(ChronoUnit.MINUTES.between(utcWeekStart, start), 30);
            long last = Math.floorDiv(ChronoUnit.MINUTES.between(utcWeekStart, end), 30);
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
