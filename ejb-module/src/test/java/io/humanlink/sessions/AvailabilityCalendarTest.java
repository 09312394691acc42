package io.humanlink.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.profile.AvailabilityException;
import io.humanlink.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates are around New York's 2027 changes: spring forward on Sunday 14 March (02:00 EST becomes 03:00 EDT), fall
 * back on Sunday 7 November (02:00 EDT becomes 01:00 EST). 7 June 2027 is a Monday.
 */
class AvailabilityCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aWeeklyRuleKeepsItsWallClockAcrossTheSpringForwardChange() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00")));

        assertThat(calendar.windows(Instant.parse("2027-03-08T00:00:00Z"), Instant.parse("2027-03-16T00:00:00Z")))
                .containsExactly(
                        window("2027-03-08T14:00:00Z", "2027-03-08T17:00:00Z"),
                        window("2027-03-15T13:00:00Z", "2027-03-15T16:00:00Z"));
    }

    @Test
    void aWeeklyRuleKeepsItsWallClockAcrossTheFallBackChange() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00")));

        assertThat(calendar.windows(Instant.parse("2027-11-01T00:00:00Z"), Instant.parse("2027-11-09T00:00:00Z")))
                .containsExactly(
                        window("2027-11-01T13:00:00Z", "2027-11-01T16:00:00Z"),
                        window("2027-11-08T14:00:00Z", "2027-11-08T17:00:00Z"));
    }

    @Test
    void aSlotOnTheDayOfAChangeLastsTheRealTimeBetweenItsWallClockEnds() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.SUNDAY, "00:00", "06:00")));

        assertThat(calendar.windows(Instant.parse("2027-03-14T00:00:00Z"), Instant.parse("2027-03-15T00:00:00Z")))
                .as("five real hours on the short day")
                .containsExactly(window("2027-03-14T05:00:00Z", "2027-03-14T10:00:00Z"));
        assertThat(calendar.windows(Instant.parse("2027-11-07T00:00:00Z"), Instant.parse("2027-11-08T00:00:00Z")))
                .as("seven real hours on the long day")
                .containsExactly(window("2027-11-07T04:00:00Z", "2027-11-07T11:00:00Z"));
    }

    @Test
    void aSlotInsideTheSpringForwardGapAddsNothing() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.SUNDAY, "02:00", "03:00")));

        assertThat(calendar.windows(Instant.parse("2027-03-13T00:00:00Z"), Instant.parse("2027-03-16T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void aSlotEndingInsideTheGapEndsWhereTheGapEndsNotLater() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.SUNDAY, "01:00", "02:30")));

        assertThat(calendar.windows(Instant.parse("2027-03-14T00:00:00Z"), Instant.parse("2027-03-15T00:00:00Z")))
                .as("01:00 EST to the 03:00 EDT the clock jumps to")
                .containsExactly(window("2027-03-14T06:00:00Z", "2027-03-14T07:00:00Z"));
        assertThat(calendar.covers(window("2027-03-14T07:00:00Z", "2027-03-14T07:30:00Z")))
                .as("03:00-03:30 EDT is after the 02:30 the Friend gave").isFalse();
    }

    @Test
    void aSlotStartingInsideTheGapStartsWhereTheGapEnds() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.SUNDAY, "02:30", "04:00")));

        assertThat(calendar.windows(Instant.parse("2027-03-14T00:00:00Z"), Instant.parse("2027-03-15T00:00:00Z")))
                .as("03:00 EDT, the first wall time of the slot that exists, to 04:00 EDT")
                .containsExactly(window("2027-03-14T07:00:00Z", "2027-03-14T08:00:00Z"));
    }

    @Test
    void aWallTimeTheFallBackRepeatsMeansItsFirstOccurrence() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.SUNDAY, "01:00", "01:30")));

        assertThat(calendar.windows(Instant.parse("2027-11-07T00:00:00Z"), Instant.parse("2027-11-08T00:00:00Z")))
                .containsExactly(window("2027-11-07T05:00:00Z", "2027-11-07T05:30:00Z"));
    }

    @Test
    void aSlotToMidnightJoinsTheNextDaysSlotIntoOneWindow() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.FRIDAY, "20:00", "00:00"),
                slot(DayOfWeek.SATURDAY, "00:00", "02:00")));

        assertThat(calendar.windows(local("2027-06-11T00:00"), local("2027-06-13T00:00")))
                .containsExactly(new TimeWindow(local("2027-06-11T20:00"), local("2027-06-12T02:00")));
    }

    @Test
    void aWholeDayUnavailableExceptionRemovesThatDateOnly() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00")),
                List.of(new AvailabilityException.Spec(LocalDate.parse("2027-06-07"), null, null, false)));

        assertThat(calendar.windows(local("2027-06-06T00:00"), local("2027-06-15T00:00")))
                .containsExactly(new TimeWindow(local("2027-06-14T09:00"), local("2027-06-14T12:00")));
    }

    @Test
    void aPartialUnavailableExceptionCutsAHoleInThatDay() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00")),
                List.of(unavailable("2027-06-07", "10:00", "11:00")));

        assertThat(calendar.windows(local("2027-06-07T00:00"), local("2027-06-08T00:00"))).containsExactly(
                new TimeWindow(local("2027-06-07T09:00"), local("2027-06-07T10:00")),
                new TimeWindow(local("2027-06-07T11:00"), local("2027-06-07T12:00")));
    }

    @Test
    void aDatedAvailableExceptionAddsTimeOnADayWithoutARule() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00")), List.of(
                new AvailabilityException.Spec(LocalDate.parse("2027-06-09"), LocalTime.parse("14:00"),
                        LocalTime.parse("16:00"), true),
                new AvailabilityException.Spec(LocalDate.parse("2027-06-10"), null, null, true)));

        assertThat(calendar.windows(local("2027-06-08T00:00"), local("2027-06-12T00:00"))).containsExactly(
                new TimeWindow(local("2027-06-09T14:00"), local("2027-06-09T16:00")),
                new TimeWindow(local("2027-06-10T00:00"), local("2027-06-11T00:00")));
    }

    @Test
    void aDatedAvailableExceptionNextToTheWeeklySlotJoinsIt() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00")), List.of(
                new AvailabilityException.Spec(LocalDate.parse("2027-06-07"), LocalTime.parse("12:00"),
                        LocalTime.parse("13:30"), true)));

        assertThat(calendar.windows(local("2027-06-07T00:00"), local("2027-06-08T00:00")))
                .containsExactly(new TimeWindow(local("2027-06-07T09:00"), local("2027-06-07T13:30")));
    }

    @Test
    void windowsAreCutToTheAskedRange() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00")));

        assertThat(calendar.windows(local("2027-06-07T10:00"), local("2027-06-07T11:15")))
                .containsExactly(new TimeWindow(local("2027-06-07T10:00"), local("2027-06-07T11:15")));
        assertThat(calendar.windows(local("2027-06-07T12:00"), local("2027-06-07T13:00"))).isEmpty();
    }

    @Test
    void coversIsTrueExactlyWhenAllOfTheWantedTimeIsAvailable() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00")));

        assertThat(calendar.covers(new TimeWindow(local("2027-06-07T09:00"), local("2027-06-07T12:00")))).isTrue();
        assertThat(calendar.covers(new TimeWindow(local("2027-06-07T11:30"), local("2027-06-07T12:00")))).isTrue();
        assertThat(calendar.covers(new TimeWindow(local("2027-06-07T09:00"), local("2027-06-07T09:30")))).isTrue();
        assertThat(calendar.covers(new TimeWindow(local("2027-06-07T11:30"), local("2027-06-07T12:30")))).isFalse();
        assertThat(calendar.covers(new TimeWindow(local("2027-06-07T08:59"), local("2027-06-07T09:30")))).isFalse();
        assertThat(calendar.covers(new TimeWindow(local("2027-06-07T12:00"), local("2027-06-07T12:30")))).isFalse();
    }

    @Test
    void coversReachesAcrossMidnightWhereTwoSlotsMeet() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.FRIDAY, "20:00", "00:00"),
                slot(DayOfWeek.SATURDAY, "00:00", "02:00")));

        assertThat(calendar.covers(new TimeWindow(local("2027-06-11T23:30"), local("2027-06-12T00:30")))).isTrue();
        assertThat(calendar.covers(new TimeWindow(local("2027-06-12T01:30"), local("2027-06-12T02:30")))).isFalse();
    }

    @Test
    void coversIsFalseAcrossAnUnavailableHole() {
        AvailabilityCalendar calendar = calendar(List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00")),
                List.of(unavailable("2027-06-07", "10:00", "10:15")));

        assertThat(calendar.covers(new TimeWindow(local("2027-06-07T09:30"), local("2027-06-07T10:30")))).isFalse();
        assertThat(calendar.covers(new TimeWindow(local("2027-06-07T10:15"), local("2027-06-07T11:00")))).isTrue();
    }

    private static AvailabilityCalendar calendar(List<WeeklySlot> weekly) {
        return calendar(weekly, List.of());
    }

    private static AvailabilityCalendar calendar(List<WeeklySlot> weekly, List<AvailabilityException.Spec> dated) {
        return new AvailabilityCalendar(NEW_YORK, weekly, dated);
    }

    private static WeeklySlot slot(DayOfWeek day, String from, String to) {
        return new WeeklySlot(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static AvailabilityException.Spec unavailable(String date, String from, String to) {
        return new AvailabilityException.Spec(LocalDate.parse(date), LocalTime.parse(from), LocalTime.parse(to), false);
    }

    /** A New York wall time away from any change (so it has exactly one instant). */
    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(NEW_YORK).toInstant();
    }

    private static TimeWindow window(String start, String end) {
        return new TimeWindow(Instant.parse(start), Instant.parse(end));
    }
}
