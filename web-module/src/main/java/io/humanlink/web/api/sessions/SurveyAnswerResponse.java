package io.humanlink.web.api.sessions;

import io.humanlink.sessions.SurveyResponse;
import java.time.Instant;
import java.util.UUID;

/** A stored survey response: its id and what it answered (the answers themselves are not echoed). */
public record SurveyAnswerResponse(UUID id, String survey, String version, Integer score, Instant createdAt) {

    static SurveyAnswerResponse of(SurveyResponse response) {
        return new SurveyAnswerResponse(response.getPublicId(), response.getSurveyKey(), response.getSurveyVersion(),
                response.getScore(), response.getCreatedAt());
    }
}
