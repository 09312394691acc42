package io.humanlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekMaskTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static List<WeeklySlot> mondayEvening() {
        return List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)));
    }

    @Test
    void threeHoursAreSixHalfHours() {
        assertThat(WeekMask.count(WeekMask.of(mondayEvening(), BERLIN, Instant.parse("2026-11-25T00:00:00Z"))))
                .isEqualTo(6);
    }

    @Test
    void partialHalfHoursDoNotCount() {
        List<WeeklySlot> slot = List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(18, 15), LocalTime.of(19, 15)));
        assertThat(WeekMask.count(WeekMask.of(slot, BERLIN, Instant.parse("2026-11-25T00:00:00Z")))).isEqualTo(1);
    }

    @Test
    void slotToMidnightCoversTheEveningAndSundayNightWrapsIntoTheWeek() {
        List<WeeklySlot> slot = List.of(new WeeklySlot(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT));
        long[] mask = WeekMask.of(slot, ZoneId.of("UTC"), Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(WeekMask.count(mask)).isEqualTo(4);
        // Sunday 22:00 in Auckland (UTC+13 in November) is Sunday 09:00 UTC: still inside the week.
        long[] auckland = WeekMask.of(slot, ZoneId.of("Pacific/Auckland"), Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(WeekMask.count(auckland)).isEqualTo(4);
    }

    @Test
    void overlapFollowsDaylightSavingTime() {
        // Berlin 18-21 vs New York 12-15 overlap fully in winter (6 h apart) ...
        List<WeeklySlot> ny = List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(15, 0)));
        Instant winter = Instant.parse("2026-11-25T00:00:00Z");
        assertThat(WeekMask.overlap(WeekMask.of(mondayEvening(), BERLIN, winter), WeekMask.of(ny, NEW_YORK, winter)))
                .isEqualTo(6);
        // ... but in the weeks when the US has switched to summer time and Europe not yet, they are 5 h apart.
        Instant gap = Instant.parse("2026-03-18T00:00:00Z");
        assertThat(WeekMask.overlap(WeekMask.of(mondayEvening(), BERLIN, gap), WeekMask.of(ny, NEW_YORK, gap)))
                .isEqualTo(4);
    }

    @Test
    void firstSharedHalfHourIsFound() {
        Instant reference = Instant.parse("2026-11-25T00:00:00Z");
        long[] a = WeekMask.of(mondayEvening(), BERLIN, reference);
        assertThat(WeekMask.firstShared(a, a, reference)).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
    }

    /** Every slot placed as ZonedDateTime places it, in zones with and without DST, on weeks with a change. */
    @Test
    void slotsLandWhereTheZoneRulesPutThem() {
        for (String zoneName : List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
                "America/Sao_Paulo", "Pacific/Chatham", "UTC")) {
            ZoneId zone = ZoneId.of(zoneName);
            for (String day : List.of("2026-03-08", "2026-03-29", "2026-04-05", "2026-10-04", "2026-10-25",
                    "2026-11-01", "2026-11-25")) {
                Instant reference = Instant.parse(day + "T00:00:00Z");
                for (DayOfWeek weekday : DayOfWeek.values()) {
                    for (int hour : new int[] {0, 1, 2, 3, 12, 23}) {
                        WeeklySlot slot = new WeeklySlot(weekday, LocalTime.of(hour, 0),
                                hour == 23 ? LocalTime.MIDNIGHT : LocalTime.of(hour + 1, 30));
                        assertThat(WeekMask.of(List.of(slot), zone, reference))
                                .as("%s %s %s %d:00", zoneName, day, weekday, hour)
                                .containsExactly(placedByZonedDateTime(slot, zone, reference));
                    }
                }
            }
        }
    }

    /** The placement WeekMask made with ZonedDateTime per slot before it kept the day starts. */
    private static long[] placedByZonedDateTime(WeeklySlot slot, ZoneId zone, Instant reference) {
        long[] mask = new long[WeekMask.WORDS];
        java.time.ZonedDateTime weekStart = WeekMask.weekStartUtc(reference);
        java.time.LocalDate monday = reference.atZone(zone).toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        java.time.LocalDate date = monday.plusDays(slot.day().getValue() - 1L);
        java.time.ZonedDateTime start = date.atStartOfDay(zone).plusMinutes(slot.startMinute());
        java.time.ZonedDateTime end = date.atStartOfDay(zone).plusMinutes(slot.endMinute());
        long first = -Math.floorDiv(-java.time.temporal.ChronoUnit.MINUTES.between(weekStart, start), 30);
        long last = Math.floorDiv(java.time.temporal.ChronoUnit.MINUTES.between(weekStart, end), 30);
        for (long h = first; h < last; h++) {
            int bit = (int) Math.floorMod(h, WeekMask.HALF_HOURS);
            mask[bit >>> 6] |= 1L << (bit & 63);
        }
        return mask;
    }
}
