package io.humanlink.web.api.sessions;

import io.humanlink.sessions.SurveySubmission;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Size;

/**
 * POST /surveys/{key}: the answered survey. Only sizes are bounded here, against oversized bodies; every rule of the
 * survey (version, required questions, ranges, options, lengths, unknown questions, sessionId) is checked by the
 * domain, which names each offending item at once.
 *
 * @param answers   question id to answer: a whole number for a score, an option code for a choice, a string for text
 * @param sessionId for a per-session survey, the id of the completed session it is about
 */
public record SurveyAnswerRequest(
        @Size(max = 32) String version,
        @Size(max = 50) JsonObject answers,
        @Size(max = 64) String sessionId) {

    SurveySubmission toSubmission() {
        return new SurveySubmission(version, answers, sessionId);
    }
}
