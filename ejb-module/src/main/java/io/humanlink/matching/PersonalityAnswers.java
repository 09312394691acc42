package io.humanlink.matching;

import io.humanlink.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Someone's answers to the questionnaire exactly as they sent them, checked by {@link PersonalityValidator} before
 * anything uses them: any field may be missing or wrong here, which is why the values stay strings and boxed numbers.
 *
 * @param version      the questionnaire version the client answered; must be the current one
 * @param answers      item id ({@code E1} ... {@code O4}) to the answer on the scale
 * @param availability weekly slots in {@code timeZone}
 */
public record PersonalityAnswers(String version, Map<String, Integer> answers, List<String> interests,
                                 String communicationStyle, List<String> languages, List<String> sessionTypes,
                                 List<Slot> availability, String timeZone) {

    /**
     * One weekly slot as sent: {@code day} a {@link DayOfWeek} name, {@code from} and {@code to} as {@code HH:mm};
     * {@code to} may be {@code 24:00} (or {@code 00:00}) for the end of the day.
     */
    public record Slot(String day, String from, String to) {

        static final String END_OF_DAY = "24:00";
        private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
        private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

        /** The wire form of a stored slot; the end of the day is written {@code 24:00}. */
        public static Slot of(WeeklySlot slot) {
            String to = slot.to().equals(LocalTime.MIDNIGHT) ? END_OF_DAY : HH_MM.format(slot.to());
            return new Slot(slot.day().name(), HH_MM.format(slot.from()), to);
        }

        /** Only for a slot {@link PersonalityValidator} accepted. */
        public WeeklySlot toWeeklySlot() {
            LocalTime start = parseStart(from);
            LocalTime end = parseEnd(to);
            if (start == null || end == null || parseDay(day) == null) {
                throw new IllegalArgumentException("not a valid slot: " + this);
            }
            return new WeeklySlot(parseDay(day), start, end);
        }

        /** The day, or {@code null} unless it is an upper-case {@link DayOfWeek} name. */
        static DayOfWeek parseDay(String day) {
            for (DayOfWeek candidate : DayOfWeek.values()) {
                if (candidate.name().equals(day)) {
                    return candidate;
                }
            }
            return null;
        }

        /** {@code HH:mm} from 00:00 to 23:59, or {@code null}. */
        static LocalTime parseStart(String time) {
            return time != null && TIME.matcher(time).matches() ? LocalTime.parse(time, HH_MM) : null;
        }

        /** Like {@link #parseStart} but {@code 24:00} is accepted too; both it and 00:00 mean the end of the day. */
        static LocalTime parseEnd(String time) {
            return END_OF_DAY.equals(time) ? LocalTime.MIDNIGHT : parseStart(time);
        }
    }
}
