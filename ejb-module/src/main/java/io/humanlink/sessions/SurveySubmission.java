package io.humanlink.sessions;

import jakarta.json.JsonObject;

/**
 * A survey as a client answered it, unchecked: {@link SurveyValidator} says what is wrong with it.
 *
 * @param version   the survey version the client showed
 * @param answers   question id to answer: a whole number for a score, an option code for a choice, a string for text
 * @param sessionId the session a per-session survey is about (a UUID as text), else {@code null}
 */
public record SurveySubmission(String version, JsonObject answers, String sessionId) {
}
