package io.humanlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.matching.PersonalityAnswers.Slot;
import io.humanlink.profile.SessionType;
import io.humanlink.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalityProfileTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");

    @Test
    void storedAnswersComeBackTypedAndInOrder() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("E1", 5);
        answers.put("A1", 1);
        answers.put("C1", 3);
        PersonalityProfile profile = new PersonalityProfile(42);

        profile.answer("2026-1", answers, new TraitScores(0.25, 0.5, 0.75, 1, 0), Set.of("music", "art", "books"),
                CommunicationStyle.LISTENER, Set.of("pt", "en"), EnumSet.of(SessionType.VIDEO, SessionType.TEXT),
                List.of(new WeeklySlot(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)),
                        new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT),
                        new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 15))),
                ZoneId.of("Europe/Lisbon"), NOW);

        assertThat(profile.getUserId()).isEqualTo(42);
        assertThat(profile.getQuestionnaireVersion()).isEqualTo("2026-1");
        assertThat(profile.getAnswers()).containsExactly(Map.entry("E1", 5), Map.entry("A1", 1), Map.entry("C1", 3));
        assertThat(profile.getTraits()).isEqualTo(new TraitScores(0.25, 0.5, 0.75, 1, 0));
        assertThat(profile.getInterests()).containsExactly("art", "books", "music");
        assertThat(profile.getCommunicationStyle()).isEqualTo(CommunicationStyle.LISTENER);
        assertThat(profile.getLanguages()).containsExactly("en", "pt");
        assertThat(profile.getSessionTypes()).containsExactly(SessionType.TEXT, SessionType.VIDEO);
        assertThat(profile.getAvailability()).containsExactly(
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 15)),
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT),
                new WeeklySlot(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));
        assertThat(profile.getTimeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(profile.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void answeringAgainReplacesEverything() {
        PersonalityProfile profile = new PersonalityProfile(7);
        profile.answer("2026-1", Map.of("E1", 5), new TraitScores(1, 1, 1, 1, 1), Set.of("music"),
                CommunicationStyle.TALKER, Set.of("en"), EnumSet.of(SessionType.VOICE),
                List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0))),
                ZoneId.of("UTC"), NOW);

        profile.answer("2026-1", Map.of("E1", 1), new TraitScores(0, 0, 0, 0, 0), Set.of("art"),
                CommunicationStyle.BALANCED, Set.of("de"), EnumSet.of(SessionType.TEXT),
                List.of(new WeeklySlot(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.of(19, 0))),
                ZoneId.of("Europe/Berlin"), NOW.plusSeconds(60));

        assertThat(profile.getAnswers()).containsExactly(Map.entry("E1", 1));
        assertThat(profile.getTraits()).isEqualTo(new TraitScores(0, 0, 0, 0, 0));
        assertThat(profile.getInterests()).containsExactly("art");
        assertThat(profile.getLanguages()).containsExactly("de");
        assertThat(profile.getSessionTypes()).containsExactly(SessionType.TEXT);
        assertThat(profile.getAvailability()).extracting(WeeklySlot::day).containsExactly(DayOfWeek.FRIDAY);
        assertThat(profile.getTimeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(profile.getUpdatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void theEndOfTheDayIsWrittenAsTwentyFourHundred() {
        Slot slot = Slot.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT));

        assertThat(slot).isEqualTo(new Slot("MONDAY", "22:00", "24:00"));
        assertThat(slot.toWeeklySlot().endMinute()).isEqualTo(24 * 60);
    }
}
