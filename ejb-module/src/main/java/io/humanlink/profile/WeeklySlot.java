package io.humanlink.profile;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A recurring weekly window in someone's own time zone, e.g. MONDAY 18:00–21:00. {@code to} may be 00:00 meaning
 * midnight at the end of that day; otherwise it must be after {@code from}.
 */
public record WeeklySlot(DayOfWeek day, LocalTime from, LocalTime to) {

    public WeeklySlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.equals(LocalTime.MIDNIGHT) && !to.isAfter(from)) {
            throw new IllegalArgumentException("slot must end after it starts");
        }
    }

    /** Minutes from the start of the day to the end of the slot (1440 for midnight). */
    public int endMinute() {
        return to.equals(LocalTime.MIDNIGHT) ? 24 * 60 : to.getHour() * 60 + to.getMinute();
    }

    public int startMinute() {
        return from.getHour() * 60 + from.getMinute();
    }
}
