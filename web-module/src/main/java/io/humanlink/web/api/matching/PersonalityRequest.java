package io.humanlink.web.api.matching;

import io.humanlink.matching.PersonalityAnswers;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * PUT /users/me/personality: the answered questionnaire. Only sizes are bounded here, against oversized bodies; every
 * rule of the questionnaire (required fields, scale, vocabularies, slots, version) is checked by the domain, which
 * names each offending item at once.
 */
public record PersonalityRequest(
        @Size(max = 32) String version,
        @Size(max = 100) Map<String, Integer> answers,
        @Size(max = 100) List<String> interests,
        @Size(max = 32) String communicationStyle,
        @Size(max = 100) List<String> languages,
        @Size(max = 10) List<String> sessionTypes,
        @Size(max = 100) List<Slot> availability,
        @Size(max = 64) String timeZone) {

    /** A weekly slot: {@code day} MONDAY..SUNDAY, {@code from} and {@code to} as HH:mm, {@code to} may be 24:00. */
    public record Slot(String day, String from, String to) {
    }

    PersonalityAnswers toAnswers() {
        return new PersonalityAnswers(version, answers, interests, communicationStyle, languages, sessionTypes,
                availability == null ? null : availability.stream()
                        .map(slot -> slot == null ? null : new PersonalityAnswers.Slot(slot.day(), slot.from(),
                                slot.to()))
                        .toList(),
                timeZone);
    }
}
