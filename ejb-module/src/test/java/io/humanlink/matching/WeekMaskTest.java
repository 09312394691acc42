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
}
