package io.humanlink.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.platform.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SurveyValidatorTest {

    private static final SurveyDefinitions SURVEYS = SurveyDefinitions.fromClassPath();
    private static final SurveyDefinition NPS = SURVEYS.require("nps");
    private static final SurveyDefinition AFTER_SESSION = SURVEYS.require("after-session");
    private static final String SESSION = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f";

    private static List<FieldError> nps(JsonObjectBuilder answers) {
        return SurveyValidator.validate(NPS, new SurveySubmission("2026-1", answers.build(), null));
    }

    private static List<FieldError> afterSession(JsonObjectBuilder answers) {
        return SurveyValidator.validate(AFTER_SESSION, new SurveySubmission("2026-1", answers.build(), SESSION));
    }

    @Test
    void aScoreAloneAndAScoreWithACommentPass() {
        assertThat(nps(Json.createObjectBuilder().add("q1", 9))).isEmpty();
        assertThat(nps(Json.createObjectBuilder().add("q1", 0).add("comment", "Could be better."))).isEmpty();
        assertThat(nps(Json.createObjectBuilder().add("q1", 10).add("comment", "x".repeat(1000)))).isEmpty();
    }

    @Test
    void aScoreOutsideItsScaleIsNamed() {
        assertThat(nps(Json.createObjectBuilder().add("q1", 11))).containsExactly(
                new FieldError("answers.q1", "must be a whole number from 0 to 10"));
        assertThat(nps(Json.createObjectBuilder().add("q1", -1))).extracting(FieldError::field)
                .containsExactly("answers.q1");
        assertThat(afterSession(Json.createObjectBuilder().add("q1", 0))).containsExactly(
                new FieldError("answers.q1", "must be a whole number from 1 to 5"));
        assertThat(afterSession(Json.createObjectBuilder().add("q1", 6))).extracting(FieldError::field)
                .containsExactly("answers.q1");
        assertThat(nps(Json.createObjectBuilder().add("q1", Long.MAX_VALUE))).extracting(FieldError::field)
                .containsExactly("answers.q1");
    }

    @Test
    void aScoreMustBeAWholeNumber() {
        assertThat(nps(Json.createObjectBuilder().add("q1", 9.5))).extracting(FieldError::field)
                .containsExactly("answers.q1");
        assertThat(nps(Json.createObjectBuilder().add("q1", "9"))).extracting(FieldError::field)
                .containsExactly("answers.q1");
        assertThat(nps(Json.createObjectBuilder().add("q1", true))).extracting(FieldError::field)
                .containsExactly("answers.q1");
        // stored answers stay whole numbers: 9.0 is not rewritten to 9
        assertThat(nps(Json.createObjectBuilder().add("q1", 9.0))).extracting(FieldError::field)
                .containsExactly("answers.q1");
    }

    @Test
    void aRequiredScoreLeftOutOrNullIsNamed() {
        assertThat(nps(Json.createObjectBuilder())).containsExactly(new FieldError("answers.q1", "is required"));
        assertThat(nps(Json.createObjectBuilder().addNull("q1").add("comment", "hi")))
                .containsExactly(new FieldError("answers.q1", "is required"));
    }

    @Test
    void optionalQuestionsMayBeLeftOutNullOrBlank() {
        assertThat(afterSession(Json.createObjectBuilder().add("q1", 4))).isEmpty();
        assertThat(afterSession(Json.createObjectBuilder().add("q1", 4).addNull("helped").add("comment", "  ")))
                .isEmpty();
    }

    @Test
    void aChoiceMustBeOneOfItsOptions() {
        assertThat(afterSession(Json.createObjectBuilder().add("q1", 5).add("helped", "being-heard"))).isEmpty();
        assertThat(afterSession(Json.createObjectBuilder().add("q1", 5).add("helped", "magic")))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("answers.helped");
                    assertThat(error.message()).startsWith("must be one of being-heard, conversation, advice");
                });
        assertThat(afterSession(Json.createObjectBuilder().add("q1", 5).add("helped", 2)))
                .extracting(FieldError::field).containsExactly("answers.helped");
    }

    @Test
    void aTextLongerThanItsMaximumInCharactersIsNamed() {
        assertThat(nps(Json.createObjectBuilder().add("q1", 8).add("comment", "x".repeat(1001))))
                .containsExactly(new FieldError("answers.comment", "must be at most 1000 characters"));
        // characters are code points: 1000 emoji are 2000 chars in Java and still fit
        assertThat(nps(Json.createObjectBuilder().add("q1", 8).add("comment", "\uD83D\uDE00".repeat(1000))))
                .isEmpty();
    }

    @Test
    void aTextMayHaveLineBreaksButNoOtherControlCharactersAndMustBeText() {
        assertThat(nps(Json.createObjectBuilder().add("q1", 8).add("comment", "line one\nline two\ttab\r\n")))
                .isEmpty();
        assertThat(nps(Json.createObjectBuilder().add("q1", 8).add("comment", "nul\u0000")))
                .containsExactly(new FieldError("answers.comment", "must not contain control characters"));
        assertThat(nps(Json.createObjectBuilder().add("q1", 8).add("comment", "lone \uD800 surrogate")))
                .extracting(FieldError::field).containsExactly("answers.comment");
        assertThat(nps(Json.createObjectBuilder().add("q1", 8).add("comment", 42)))
                .containsExactly(new FieldError("answers.comment", "must be text"));
    }

    @Test
    void unknownQuestionIdsAreEachNamed() {
        assertThat(nps(Json.createObjectBuilder().add("q1", 7).add("q9", 1).add("Comment", "x")))
                .extracting(FieldError::field).containsExactly("answers.Comment", "answers.q9");
        assertThat(nps(Json.createObjectBuilder().add("q1", 7).add("y".repeat(100), 1)))
                .extracting(FieldError::field).containsExactly("answers." + "y".repeat(32) + "…");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        List<FieldError> errors = SurveyValidator.validate(NPS, new SurveySubmission("2025-9",
                Json.createObjectBuilder().add("q1", 12).add("comment", "x".repeat(1001)).add("extra", 1).build(),
                SESSION));

        assertThat(errors).extracting(FieldError::field).containsExactly("version", "answers.q1", "answers.comment",
                "answers.extra", "sessionId");
    }

    @Test
    void theVersionMustBeTheCurrentOne() {
        assertThat(SurveyValidator.validate(NPS, new SurveySubmission(null, Json.createObjectBuilder().add("q1", 1)
                .build(), null))).containsExactly(new FieldError("version", "is required"));
        assertThat(SurveyValidator.validate(NPS, new SurveySubmission("2025-1", Json.createObjectBuilder()
                .add("q1", 1).build(), null))).singleElement().extracting(FieldError::field).isEqualTo("version");
    }

    @Test
    void missingAnswersAreNamed() {
        assertThat(SurveyValidator.validate(NPS, new SurveySubmission("2026-1", null, null)))
                .containsExactly(new FieldError("answers", "is required"));
        assertThat(SurveyValidator.validate(NPS, null)).containsExactly(new FieldError("body", "is required"));
    }

    @Test
    void aPerSessionSurveyNeedsTheSessionIdAsAUuid() {
        JsonObject answers = Json.createObjectBuilder().add("q1", 3).build();

        assertThat(SurveyValidator.validate(AFTER_SESSION, new SurveySubmission("2026-1", answers, null)))
                .extracting(FieldError::field).containsExactly("sessionId");
        assertThat(SurveyValidator.validate(AFTER_SESSION, new SurveySubmission("2026-1", answers, "session-1")))
                .extracting(FieldError::field).containsExactly("sessionId");
        assertThat(SurveyValidator.validate(AFTER_SESSION, new SurveySubmission("2026-1", answers, SESSION)))
                .isEmpty();
        assertThat(SurveyValidator.sessionId(new SurveySubmission("2026-1", answers, SESSION.toUpperCase())))
                .isEqualTo(UUID.fromString(SESSION));
    }

    @Test
    void aPerUserSurveyRefusesASessionId() {
        assertThat(SurveyValidator.validate(NPS, new SurveySubmission("2026-1",
                Json.createObjectBuilder().add("q1", 3).build(), SESSION)))
                .containsExactly(new FieldError("sessionId", "is only accepted by per-session surveys"));
    }

    @Test
    void acceptedAnswersAreStoredInQuestionOrderWithoutUnansweredOnes() {
        JsonObject answers = Json.createObjectBuilder().add("comment", " ").addNull("helped").add("q1", 4).build();

        assertThat(SurveyValidator.accepted(AFTER_SESSION, answers).toString()).isEqualTo("{\"q1\":4}");
        assertThat(SurveyValidator.accepted(AFTER_SESSION, Json.createObjectBuilder().add("comment", "Thanks")
                .add("helped", "advice").add("q1", 5).build()).toString())
                .isEqualTo("{\"q1\":5,\"helped\":\"advice\",\"comment\":\"Thanks\"}");
    }
}
