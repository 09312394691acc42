package io.humanlink.matching;

import io.humanlink.identity.TimeZones;
import io.humanlink.matching.PersonalityAnswers.Slot;
import io.humanlink.matching.QuestionnaireDefinition.Item;
import io.humanlink.platform.FieldError;
import io.humanlink.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks questionnaire answers against the current {@link QuestionnaireDefinition} and names every problem at once,
 * each by the field as the client sent it ({@code answers.E2}, {@code interests[0]}, {@code availability[3]}), so a
 * form can mark each offending control. Answers that pass can be scored and stored without further checks.
 */
public final class PersonalityValidator {

    private static final String DAYS = Arrays.stream(DayOfWeek.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final int LONGEST_ECHO = 32;

    private PersonalityValidator() {
    }

    /** Every problem of {@code answers}; empty when they are valid for {@code definition}. */
    public static List<FieldError> validate(QuestionnaireDefinition definition, PersonalityAnswers answers) {
        List<FieldError> errors = new ArrayList<>();
        if (answers == null) {
            errors.add(new FieldError("body", "is required"));
            return errors;
        }
        version(definition, answers.version(), errors);
        items(definition, answers.answers(), errors);
        codes("interests", answers.interests(), definition.interestsMin(), definition.interestsMax(),
                definition::isInterest, "is not a known interest", errors);
        communicationStyle(definition, answers.communicationStyle(), errors);
        codes("languages", answers.languages(), definition.languagesMin(), definition.languagesMax(),
                definition::isLanguage, "is not a known ISO 639-1 language code", errors);
        codes("sessionTypes", answers.sessionTypes(), definition.sessionTypesMin(), definition.sessionTypes().size(),
                definition.sessionTypes()::contains, "must be one of " + String.join(", ", definition.sessionTypes()),
                errors);
        availability(definition, answers.availability(), errors);
        if (!TimeZones.isValid(answers.timeZone())) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin"));
        }
        return errors;
    }

    private static void version(QuestionnaireDefinition definition, String version, List<FieldError> errors) {
        if (version == null || version.isBlank()) {
            errors.add(new FieldError("version", "is required"));
        } else if (!version.equals(definition.version())) {
            errors.add(new FieldError("version", "must be the current questionnaire version " + definition.version()
                    + "; fetch the questionnaire again and answer that"));
        }
    }

    private static void items(QuestionnaireDefinition definition, Map<String, Integer> answers,
                              List<FieldError> errors) {
        if (answers == null) {
            errors.add(new FieldError("answers", "is required"));
            return;
        }
        String range = "must be " + definition.scaleMin() + " to " + definition.scaleMax();
        for (Item item : definition.items()) {
            Integer answer = answers.get(item.id());
            if (answer == null) {
                errors.add(new FieldError("answers." + item.id(), "is required"));
            } else if (answer < definition.scaleMin() || answer > definition.scaleMax()) {
                errors.add(new FieldError("answers." + item.id(), range));
            }
        }
        Set<String> unknown = new TreeSet<>();
        for (String id : answers.keySet()) {
            if (id == null || definition.item(id).isEmpty()) {
                unknown.add(String.valueOf(id));
            }
        }
        unknown.forEach(id -> errors.add(new FieldError("answers." + abbreviate(id),
                "is not an item of questionnaire " + definition.version())));
    }

    private static void codes(String field, List<String> codes, int min, int max, Predicate<String> known,
                              String unknownMessage, List<FieldError> errors) {
        if (codes == null) {
            errors.add(new FieldError(field, "is required"));
            return;
        }
        if (codes.size() < min || codes.size() > max) {
            errors.add(new FieldError(field, "must have " + min + " to " + max + " entries"));
        }
        Set<String> seen = new HashSet<>();
        boolean duplicates = false;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null) {
                errors.add(new FieldError(field + "[" + i + "]", "is required"));
            } else if (!known.test(code)) {
                errors.add(new FieldError(field + "[" + i + "]", "'" + abbreviate(code) + "' " + unknownMessage));
            } else if (!seen.add(code)) {
                duplicates = true;
            }
        }
        if (duplicates) {
            errors.add(new FieldError(field, "must not contain duplicates"));
        }
    }

    private static void communicationStyle(QuestionnaireDefinition definition, String style,
                                           List<FieldError> errors) {
        if (style == null) {
            errors.add(new FieldError("communicationStyle", "is required"));
        } else if (!definition.communicationStyles().contains(style)) {
            errors.add(new FieldError("communicationStyle",
                    "must be one of " + String.join(", ", definition.communicationStyles())));
        }
    }

    private static void availability(QuestionnaireDefinition definition, List<Slot> slots, List<FieldError> errors) {
        if (slots == null) {
            errors.add(new FieldError("availability", "is required"));
            return;
        }
        int minSlots = definition.availabilityMinSlots();
        int maxSlots = definition.availabilityMaxSlots();
        if (slots.size() < minSlots || slots.size() > maxSlots) {
            errors.add(new FieldError("availability", "must have " + minSlots + " to " + maxSlots + " slots"));
        }
        List<WeeklySlot> accepted = new ArrayList<>();
        List<Integer> acceptedAt = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            WeeklySlot slot = slot(definition.granularityMinutes(), "availability[" + i + "]", slots.get(i), errors);
            if (slot == null) {
                continue;
            }
            for (int j = 0; j < accepted.size(); j++) {
                if (overlap(accepted.get(j), slot)) {
                    errors.add(new FieldError("availability[" + i + "]",
                            "overlaps availability[" + acceptedAt.get(j) + "]"));
                }
            }
            accepted.add(slot);
            acceptedAt.add(i);
        }
    }

    /** The slot when it is valid on its own, else {@code null} with its problems added to {@code errors}. */
    private static WeeklySlot slot(int granularity, String field, Slot slot, List<FieldError> errors) {
        if (slot == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        int before = errors.size();
        DayOfWeek day = Slot.parseDay(slot.day());
        if (day == null) {
            errors.add(new FieldError(field, "day must be one of " + DAYS));
        }
        LocalTime from = Slot.parseStart(slot.from());
        if (from == null) {
            errors.add(new FieldError(field, "from must be a time HH:mm from 00:00 to 23:59"));
        }
        LocalTime to = Slot.parseEnd(slot.to());
        if (to == null) {
            errors.add(new FieldError(field, "to must be a time HH:mm, or 24:00 for the end of the day"));
        }
        if (from != null && to != null) {
            if (from.getMinute() % granularity != 0 || to.getMinute() % granularity != 0) {
                errors.add(new FieldError(field, "from and to must be on the " + granularity + "-minute grid"));
            }
            if (!to.equals(LocalTime.MIDNIGHT) && !to.isAfter(from)) {
                errors.add(new FieldError(field, "to must be after from"));
            }
        }
        return errors.size() == before ? new WeeklySlot(day, from, to) : null;
    }

    private static boolean overlap(WeeklySlot a, WeeklySlot b) {
        return a.day() == b.day() && a.startMinute() < b.endMinute() && b.startMinute() < a.endMinute();
    }

    /** Client text echoed in a problem is kept short: it is there to point at the mistake, not to be reflected. */
    private static String abbreviate(String text) {
        return text.length() <= LONGEST_ECHO ? text : text.substring(0, LONGEST_ECHO) + "…";
    }
}
