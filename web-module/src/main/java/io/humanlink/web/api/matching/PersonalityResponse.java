package io.humanlink.web.api.matching;

import io.humanlink.matching.PersonalityAnswers;
import io.humanlink.matching.PersonalityProfile;
import io.humanlink.matching.TraitScores;
import io.humanlink.profile.SessionType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One's own answered questionnaire with the traits derived from it (each in [0, 1]). Apart from {@code traits} and
 * {@code updatedAt} it has the shape of the request, so a client can edit and send it back.
 */
public record PersonalityResponse(String version, Traits traits, Map<String, Integer> answers,
                                  List<String> interests, String communicationStyle, List<String> languages,
                                  List<String> sessionTypes, List<PersonalityRequest.Slot> availability,
                                  String timeZone, Instant updatedAt) {

    /** Big Five scores: 0 is the lowest possible answer mean, 1 the highest. */
    public record Traits(double openness, double conscientiousness, double extraversion, double agreeableness,
                         double neuroticism) {

        static Traits of(TraitScores scores) {
            return new Traits(scores.openness(), scores.conscientiousness(), scores.extraversion(),
                    scores.agreeableness(), scores.neuroticism());
        }
    }

    public static PersonalityResponse of(PersonalityProfile profile) {
        return new PersonalityResponse(profile.getQuestionnaireVersion(), Traits.of(profile.getTraits()),
                profile.getAnswers(), List.copyOf(profile.getInterests()), profile.getCommunicationStyle().code(),
                List.copyOf(profile.getLanguages()),
                profile.getSessionTypes().stream().map(SessionType::code).toList(),
                profile.getAvailability().stream().map(PersonalityAnswers.Slot::of)
                        .map(slot -> new PersonalityRequest.Slot(slot.day(), slot.from(), slot.to()))
                        .toList(),
                profile.getTimeZone().getId(), profile.getUpdatedAt());
    }
}
