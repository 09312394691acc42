package io.humanlink.profile;

import io.humanlink.platform.FieldError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Checks and converts submitted availability: times on the quarter-hour grid, windows that end after they start, no
 * overlapping weekly windows, exceptions with both times or neither. Collects every problem, each naming its item.
 */
public final class AvailabilityParser {

    public static final int MAX_WEEKLY = 42;
    public static final int MAX_EXCEPTIONS = 100;

    private AvailabilityParser() {
    }

    public static List<WeeklySlot> weekly(List<AvailabilityChanges.Slot> slots, String field, List<FieldError> errors) {
        List<WeeklySlot> parsed = new ArrayList<>();
        if (slots == null) {
            errors.add(new FieldError(field, "is required (may be empty)"));
            return parsed;
        }
        if (slots.size() > MAX_WEEKLY) {
            errors.add(new FieldError(field, "must have at most " + MAX_WEEKLY + " windows"));
            return parsed;
        }
        for (int i = 0; i < slots.size(); i++) {
            String item = field + "[" + i + "]";
            AvailabilityChanges.Slot slot = slots.get(i);
            if (slot == null) {
                errors.add(new FieldError(item, "is required"));
                continue;
            }
            DayOfWeek day = day(slot.day());
            LocalTime from = time(slot.from(), false);
            LocalTime to = time(slot.to(), true);
            if (day == null) {
                errors.add(new FieldError(item, "day must be MONDAY to SUNDAY"));
            } else if (from == null || to == null) {
                errors.add(new FieldError(item, "times must be HH:mm on a 15-minute grid"));
            } else if (!to.equals(LocalTime.MIDNIGHT) && !to.isAfter(from)) {
                errors.add(new FieldError(item, "must end after it starts"));
            } else {
                parsed.add(new WeeklySlot(day, from, to));
            }
        }
        parsed.sort(Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::from));
        for (int i = 1; i < parsed.size(); i++) {
            WeeklySlot before = parsed.get(i - 1);
            WeeklySlot after = parsed.get(i);
            if (before.day() == after.day() && after.startMinute() < before.endMinute()) {
                errors.add(new FieldError(field, "windows overlap on " + after.day()));
            }
        }
        return parsed;
    }

    public static List<AvailabilityException.Spec> exceptions(List<AvailabilityChanges.DatedChange> changes,
                                                               String field, List<FieldError> errors) {
        List<AvailabilityException.Spec> parsed = new ArrayList<>();
        if (changes == null) {
            return parsed;
        }
        if (changes.size() > MAX_EXCEPTIONS) {
            errors.add(new FieldError(field, "must have at most " + MAX_EXCEPTIONS + " entries"));
            return parsed;
        }
        for (int i = 0; i < changes.size(); i++) {
            String item = field + "[" + i + "]";
            AvailabilityChanges.DatedChange change = changes.get(i);
            if (change == null) {
                errors.add(new FieldError(item, "is required"));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(change.date());
            } catch (DateTimeParseException | NullPointerException e) {
                errors.add(new FieldError(item, "date must be YYYY-MM-DD"));
                continue;
            }
            if (change.available() == null) {
                errors.add(new FieldError(item, "available is required (true or false)"));
                continue;
            }
            if ((change.from() == null) != (change.to() == null)) {
                errors.add(new FieldError(item, "give both times or neither"));
                continue;
            }
            LocalTime from = change.from() == null ? null : time(change.from(), false);
            LocalTime to = change.to() == null ? null : time(change.to(), true);
            if (change.from() != null && (from == null || to == null)) {
                errors.add(new FieldError(item, "times must be HH:mm on a 15-minute grid"));
            } else if (from != null && !to.equals(LocalTime.MIDNIGHT) && !to.isAfter(from)) {
                errors.add(new FieldError(item, "must end after it starts"));
            } else {
                parsed.add(new AvailabilityException.Spec(date, from, to, change.available()));
            }
        }
        return parsed;
    }

    private static DayOfWeek day(String value) {
        try {
            return value == null ? null : DayOfWeek.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "HH:mm" on the quarter hour; "24:00" is accepted as an end meaning midnight. */
    private static LocalTime time(String value, boolean isEnd) {
        if (value == null) {
            return null;
        }
        if (isEnd && value.strip().equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            LocalTime t = LocalTime.parse(value.strip());
            return t.getSecond() == 0 && t.getNano() == 0 && t.getMinute() % 15 == 0 ? t : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
