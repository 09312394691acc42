package io.humanlink.sessions;

import io.humanlink.profile.AvailabilityException;
import io.humanlink.profile.FriendProfile;
import io.humanlink.profile.WeeklySlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Friend's availability (weekly rules and dated exceptions, wall-clock times in their own zone) into real
 * instants for a range. Each date is resolved in the zone on its own, so a rule "Monday 09:00–12:00" stays 09:00 local
 * on both sides of a daylight-saving change (its UTC instant moves). A wall time that a DST gap skips resolves to the
 * instant the gap ends (not java.time's default, which shifts it later by the gap's length and so would stretch a slot
 * ending inside the gap past the wall-clock end the Friend gave); one an overlap repeats resolves to its first
 * occurrence. A slot to midnight ends at the start of the next date, so windows across midnight join into one.
 */
public final class AvailabilityCalendar {

    private final ZoneId zone;
    private final List<WeeklySlot> weekly;
    private final List<AvailabilityException.Spec> exceptions;

    public AvailabilityCalendar(ZoneId zone, List<WeeklySlot> weekly, List<AvailabilityException.Spec> exceptions) {
        this.zone = zone;
        this.weekly = List.copyOf(weekly);
        this.exceptions = List.copyOf(exceptions);
    }

    /** A Friend's calendar from their profile: their zone, weekly rules and dated exceptions. */
    public static AvailabilityCalendar of(FriendProfile friend) {
        return new AvailabilityCalendar(friend.getTimeZone(), friend.getWeeklyAvailability(),
                friend.getExceptions().stream().map(AvailabilityException::spec).toList());
    }

    /** The available windows overlapping [from, to), merged and cut to the range. */
    public List<TimeWindow> windows(Instant from, Instant to) {
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate();
        List<TimeWindow> open = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            open.addAll(windowsOn(date));
        }
        return TimeWindow.clip(TimeWindow.merge(open), from, to);
    }

    /** Whether the whole of {@code wanted} lies inside availability. */
    public boolean covers(TimeWindow wanted) {
        return windows(wanted.start(), wanted.end()).stream().anyMatch(window -> window.contains(wanted));
    }

    private List<TimeWindow> windowsOn(LocalDate date) {
        List<TimeWindow> open = new ArrayList<>();
        for (WeeklySlot slot : weekly) {
            if (slot.day() == date.getDayOfWeek()) {
                addWindow(open, date, slot.from(), slot.to());
            }
        }
        List<TimeWindow> closed = new ArrayList<>();
        List<TimeWindow> extra = new ArrayList<>();
        for (AvailabilityException.Spec exception : exceptions) {
            if (exception.date().equals(date)) {
                List<TimeWindow> target = exception.available() ? extra : closed;
                if (exception.from() == null) {
                    addWindow(target, date, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
                } else {
                    addWindow(target, date, exception.from(), exception.to());
                }
            }
        }
        List<TimeWindow> result = new ArrayList<>(TimeWindow.subtract(open, closed));
        result.addAll(extra);
        return result;
    }

    /** {@code to} = 00:00 means the end of the date; a span a DST gap swallows whole adds nothing. */
    private void addWindow(List<TimeWindow> target, LocalDate date, LocalTime from, LocalTime to) {
        Instant start = instant(date.atTime(from));
        Instant end = instant(to.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay() : date.atTime(to));
        if (start.isBefore(end)) {
            target.add(new TimeWindow(start, end));
        }
    }

    /** The wall time's instant; inside a gap, the first instant after it (the gap's local times never happen). */
    private Instant instant(LocalDateTime local) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }
}
