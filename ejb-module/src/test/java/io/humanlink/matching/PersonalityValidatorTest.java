package io.humanlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.matching.PersonalityAnswers.Slot;
import io.humanlink.platform.FieldError;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PersonalityValidatorTest {

    private static final QuestionnaireDefinition DEFINITION = QuestionnaireDefinition.fromClassPath();

    /** A complete, valid set of answers that tests change one field of. */
    static PersonalityAnswers valid() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        DEFINITION.items().forEach(item -> answers.put(item.id(), 3));
        return new PersonalityAnswers("2026-1", answers, List.of("music", "books", "hiking"), "balanced",
                List.of("en", "pt"), List.of("text", "video"),
                List.of(new Slot("MONDAY", "18:00", "21:00"), new Slot("SATURDAY", "10:00", "12:30")),
                "Europe/Lisbon");
    }

    @Test
    void validAnswersPass() {
        assertThat(validate(valid())).isEmpty();
    }

    @Test
    void aMissingAnswerNamesItsItem() {
        Map<String, Integer> answers = new HashMap<>(valid().answers());
        answers.remove("E1");

        assertThat(validate(withAnswers(answers))).containsExactly(new FieldError("answers.E1", "is required"));
    }

    @Test
    void aNullAnswerIsMissing() {
        Map<String, Integer> answers = new HashMap<>(valid().answers());
        answers.put("C4", null);

        assertThat(validate(withAnswers(answers))).containsExactly(new FieldError("answers.C4", "is required"));
    }

    @Test
    void anAnswerOffTheScaleNamesItsItem() {
        Map<String, Integer> answers = new HashMap<>(valid().answers());
        answers.put("E2", 6);
        answers.put("O3", 0);

        assertThat(validate(withAnswers(answers))).containsExactly(
                new FieldError("answers.E2", "must be 1 to 5"), new FieldError("answers.O3", "must be 1 to 5"));
    }

    @Test
    void anAnswerToAnUnknownItemIsNamed() {
        Map<String, Integer> answers = new HashMap<>(valid().answers());
        answers.put("X9", 3);

        assertThat(fields(withAnswers(answers))).containsExactly("answers.X9");
    }

    @Test
    void missingAnswersAltogetherIsOneError() {
        assertThat(validate(withAnswers(null))).containsExactly(new FieldError("answers", "is required"));
    }

    @Test
    void anUnknownInterestIsNamedByItsPosition() {
        List<FieldError> errors = validate(withInterests(List.of("music", "books", "foo")));

        assertThat(errors).containsExactly(new FieldError("interests[2]", "'foo' is not a known interest"));
    }

    @Test
    void interestsMustNumberOneToTen() {
        assertThat(validate(withInterests(List.of())))
                .containsExactly(new FieldError("interests", "must have 1 to 10 entries"));
        assertThat(validate(withInterests(DEFINITION.interests().subList(0, 11))))
                .containsExactly(new FieldError("interests", "must have 1 to 10 entries"));
        assertThat(validate(withInterests(DEFINITION.interests().subList(0, 10)))).isEmpty();
    }

    @Test
    void duplicateInterestsAreRefused() {
        assertThat(validate(withInterests(List.of("music", "art", "music"))))
                .containsExactly(new FieldError("interests", "must not contain duplicates"));
    }

    @Test
    void aNullInterestIsNamedByItsPosition() {
        assertThat(fields(withInterests(Arrays.asList("music", null)))).containsExactly("interests[1]");
    }

    @Test
    void anUnknownCommunicationStyleIsRefused() {
        PersonalityAnswers v = valid();
        PersonalityAnswers answers = new PersonalityAnswers(v.version(), v.answers(), v.interests(), "shouter",
                v.languages(), v.sessionTypes(), v.availability(), v.timeZone());

        assertThat(validate(answers)).containsExactly(
                new FieldError("communicationStyle", "must be one of listener, talker, balanced"));
    }

    @Test
    void anUnknownLanguageIsNamedByItsPosition() {
        PersonalityAnswers v = valid();
        PersonalityAnswers answers = new PersonalityAnswers(v.version(), v.answers(), v.interests(),
                v.communicationStyle(), List.of("xx", "en"), v.sessionTypes(), v.availability(), v.timeZone());

        assertThat(fields(answers)).containsExactly("languages[0]");
    }

    @Test
    void atLeastOneLanguageIsRequired() {
        PersonalityAnswers v = valid();
        PersonalityAnswers answers = new PersonalityAnswers(v.version(), v.answers(), v.interests(),
                v.communicationStyle(), List.of(), v.sessionTypes(), v.availability(), v.timeZone());

        assertThat(fields(answers)).containsExactly("languages");
    }

    @Test
    void anUnknownSessionTypeIsNamedByItsPosition() {
        PersonalityAnswers v = valid();
        PersonalityAnswers answers = new PersonalityAnswers(v.version(), v.answers(), v.interests(),
                v.communicationStyle(), v.languages(), List.of("text", "fax"), v.availability(), v.timeZone());

        assertThat(validate(answers)).containsExactly(
                new FieldError("sessionTypes[1]", "'fax' must be one of text, voice, video"));
    }

    @Test
    void atLeastOneSessionTypeIsRequired() {
        PersonalityAnswers v = valid();
        PersonalityAnswers answers = new PersonalityAnswers(v.version(), v.answers(), v.interests(),
                v.communicationStyle(), v.languages(), List.of(), v.availability(), v.timeZone());

        assertThat(fields(answers)).containsExactly("sessionTypes");
    }

    @Test
    void aSlotWithAnUnknownDayIsNamedByItsPosition() {
        assertThat(slotErrors(new Slot("FUNDAY", "10:00", "11:00"))).containsExactly(new FieldError("availability[3]",
                "day must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"));
    }

    @Test
    void aSlotWithMalformedTimesNamesEachBadTime() {
        assertThat(slotErrors(new Slot("FRIDAY", "9:00", "25:00"))).extracting(FieldError::message).containsExactly(
                "from must be a time HH:mm from 00:00 to 23:59",
                "to must be a time HH:mm, or 24:00 for the end of the day");
        assertThat(slotErrors(new Slot("FRIDAY", "24:00", "24:00"))).extracting(FieldError::message)
                .containsExactly("from must be a time HH:mm from 00:00 to 23:59");
    }

    @Test
    void aSlotOffTheQuarterHourGridIsRefused() {
        assertThat(slotErrors(new Slot("FRIDAY", "10:10", "11:00"))).containsExactly(
                new FieldError("availability[3]", "from and to must be on the 15-minute grid"));
    }

    @Test
    void aSlotMustEndAfterItStarts() {
        assertThat(slotErrors(new Slot("FRIDAY", "11:00", "11:00"))).containsExactly(
                new FieldError("availability[3]", "to must be after from"));
        assertThat(slotErrors(new Slot("FRIDAY", "11:00", "10:00"))).containsExactly(
                new FieldError("availability[3]", "to must be after from"));
    }

    @Test
    void midnightAndTwentyFourHundredBothEndTheDay() {
        assertThat(slotErrors(new Slot("FRIDAY", "22:00", "24:00"))).isEmpty();
        assertThat(slotErrors(new Slot("FRIDAY", "22:00", "00:00"))).isEmpty();
        assertThat(slotErrors(new Slot("FRIDAY", "00:00", "24:00"))).isEmpty();
    }

    @Test
    void anOverlappingSlotNamesTheSlotItOverlaps() {
        List<Slot> slots = List.of(new Slot("MONDAY", "18:00", "21:00"), new Slot("TUESDAY", "18:00", "21:00"),
                new Slot("WEDNESDAY", "08:00", "09:00"), new Slot("MONDAY", "20:45", "22:00"));

        assertThat(validate(withAvailability(slots))).containsExactly(
                new FieldError("availability[3]", "overlaps availability[0]"));
    }

    @Test
    void slotsThatOnlyTouchDoNotOverlap() {
        List<Slot> slots = List.of(new Slot("MONDAY", "18:00", "19:00"), new Slot("MONDAY", "19:00", "20:00"),
                new Slot("MONDAY", "20:00", "24:00"));

        assertThat(validate(withAvailability(slots))).isEmpty();
    }

    @Test
    void availabilityNeedsOneToTwentyOneSlots() {
        List<Slot> twentyTwo = IntStream.range(0, 22)
                .mapToObj(i -> new Slot(DayOfWeek.of(1 + i % 7).name(), String.format("%02d:00", i),
                        String.format("%02d:30", i)))
                .toList();

        assertThat(validate(withAvailability(List.of())))
                .containsExactly(new FieldError("availability", "must have 1 to 21 slots"));
        assertThat(validate(withAvailability(twentyTwo)))
                .containsExactly(new FieldError("availability", "must have 1 to 21 slots"));
        assertThat(validate(withAvailability(twentyTwo.subList(0, 21)))).isEmpty();
    }

    @Test
    void aNullSlotIsNamedByItsPosition() {
        assertThat(validate(withAvailability(Arrays.asList(new Slot("MONDAY", "18:00", "19:00"), null))))
                .containsExactly(new FieldError("availability[1]", "is required"));
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        PersonalityAnswers v = valid();
        PersonalityAnswers answers = new PersonalityAnswers(v.version(), v.answers(), v.interests(),
                v.communicationStyle(), v.languages(), v.sessionTypes(), v.availability(), "Mars/Olympus_Mons");

        assertThat(fields(answers)).containsExactly("timeZone");
    }

    @Test
    void anOldVersionMustBeFetchedAgain() {
        PersonalityAnswers v = valid();
        PersonalityAnswers answers = new PersonalityAnswers("2025-9", v.answers(), v.interests(),
                v.communicationStyle(), v.languages(), v.sessionTypes(), v.availability(), v.timeZone());

        assertThat(validate(answers)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("version");
            assertThat(error.message()).contains("2026-1", "fetch the questionnaire again");
        });
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        PersonalityAnswers empty = new PersonalityAnswers(null, null, null, null, null, null, null, null);

        assertThat(fields(empty)).containsExactly("version", "answers", "interests", "communicationStyle",
                "languages", "sessionTypes", "availability", "timeZone");
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        Map<String, Integer> answers = new HashMap<>(valid().answers());
        answers.put("E2", 9);
        answers.remove("N1");
        PersonalityAnswers wrong = new PersonalityAnswers("2026-1", answers, List.of("foo"), "balanced",
                List.of("en"), List.of("text"), List.of(new Slot("MONDAY", "18:00", "17:00")), "UTC");

        assertThat(fields(wrong)).containsExactly("answers.N1", "answers.E2", "interests[0]", "availability[0]");
    }

    @Test
    void anOverlongUnknownCodeIsNotEchoedInFull() {
        String longCode = "x".repeat(500);

        assertThat(validate(withInterests(List.of(longCode)))).singleElement()
                .satisfies(error -> assertThat(error.message()).hasSizeLessThan(80));
    }

    private static List<FieldError> validate(PersonalityAnswers answers) {
        return PersonalityValidator.validate(DEFINITION, answers);
    }

    private static List<String> fields(PersonalityAnswers answers) {
        return validate(answers).stream().map(FieldError::field).toList();
    }

    /** The errors of {@code slot} placed fourth, after three valid slots on other days. */
    private static List<FieldError> slotErrors(Slot slot) {
        List<Slot> slots = new ArrayList<>(List.of(new Slot("MONDAY", "18:00", "21:00"),
                new Slot("TUESDAY", "18:00", "21:00"), new Slot("WEDNESDAY", "08:00", "09:00")));
        slots.add(slot);
        return validate(withAvailability(slots));
    }

    private static PersonalityAnswers withAnswers(Map<String, Integer> answers) {
        PersonalityAnswers v = valid();
        return new PersonalityAnswers(v.version(), answers, v.interests(), v.communicationStyle(), v.languages(),
                v.sessionTypes(), v.availability(), v.timeZone());
    }

    private static PersonalityAnswers withInterests(List<String> interests) {
        PersonalityAnswers v = valid();
        return new PersonalityAnswers(v.version(), v.answers(), interests, v.communicationStyle(), v.languages(),
                v.sessionTypes(), v.availability(), v.timeZone());
    }

    private static PersonalityAnswers withAvailability(List<Slot> availability) {
        PersonalityAnswers v = valid();
        return new PersonalityAnswers(v.version(), v.answers(), v.interests(), v.communicationStyle(), v.languages(),
                v.sessionTypes(), availability, v.timeZone());
    }
}
