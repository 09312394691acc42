package io.humanlink.batch.schedule;

import jakarta.ejb.ScheduleExpression;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the configured daily start times ({@code HH:mm}, or {@code off}) into EJB calendar schedules. */
public final class JobSchedules {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private JobSchedules() {
    }

    /**
     * Every day at {@code at} in {@code timeZone}.
     *
     * @param at       {@code HH:mm} (24-hour clock), or {@code off} for a job that must not run on a schedule
     * @param timeZone an IANA time zone id such as {@code UTC} or {@code Europe/Berlin}
     * @return the schedule, or null for {@code off}
     * @throws IllegalArgumentException naming the offending value when either is not valid
     */
    public static ScheduleExpression daily(String at, String timeZone) {
        String time = at == null ? "" : at.strip();
        if (time.toLowerCase(Locale.ROOT).equals("off")) {
            return null;
        }
        Matcher m = TIME.matcher(time);
        if (!m.matches()) {
            throw new IllegalArgumentException("a job start time must be HH:mm (or off), was '" + at + "'");
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("a job start time must be between 00:00 and 23:59, was '" + at + "'");
        }
        return new ScheduleExpression()
                .second(0).minute(minute).hour(hour)
                .dayOfMonth("*").month("*").dayOfWeek("*").year("*")
                .timezone(zone(timeZone).getId());
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("humanlink.jobs.timezone must be a time zone id such as UTC or "
                    + "Europe/Berlin, was '" + timeZone + "'", e);
        }
    }
}
