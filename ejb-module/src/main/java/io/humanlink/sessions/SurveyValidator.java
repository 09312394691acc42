package io.humanlink.sessions;

import io.humanlink.platform.FieldError;
import io.humanlink.platform.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a {@link SurveySubmission} against its {@link SurveyDefinition} and names every problem at once, each by the
 * field as the client sent it ({@code version}, {@code answers.q1}, {@code sessionId}), so a form can mark each
 * offending control. Answers that pass can be stored as {@link #accepted} gives them without further checks.
 */
public final class SurveyValidator {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int LONGEST_ECHO = 32;

    private SurveyValidator() {
    }

    /** Every problem of {@code submission}; empty when it may be stored. */
    public static List<FieldError> validate(SurveyDefinition definition, SurveySubmission submission) {
        List<FieldError> errors = new ArrayList<>();
        if (submission == null) {
            errors.add(new FieldError("body", "is required"));
            return errors;
        }
        version(definition, submission.version(), errors);
        answers(definition, submission.answers(), errors);
        sessionId(definition, submission.sessionId(), errors);
        return errors;
    }

    /**
     * The answers as stored: in the definition's question order, only the questions answered (a {@code null} or a
     * blank text is no answer). Only for answers {@link #validate} accepted.
     */
    public static JsonObject accepted(SurveyDefinition definition, JsonObject answers) {
        JsonObjectBuilder stored = Jsonp.PROVIDER.createObjectBuilder();
        for (SurveyQuestion question : definition.questions()) {
            JsonValue answer = answers.get(question.id());
            if (isAnswered(answer)) {
                stored.add(question.id(), answer);
            }
        }
        return stored.build();
    }

    /** The session a valid per-session submission is about. */
    public static UUID sessionId(SurveySubmission submission) {
        return UUID.fromString(submission.sessionId());
    }

    static boolean isAnswered(JsonValue answer) {
        return answer != null && answer.getValueType() != JsonValue.ValueType.NULL
                && !(answer instanceof JsonString text && text.getString().isBlank());
    }

    private static void version(SurveyDefinition definition, String version, List<FieldError> errors) {
        if (version == null || version.isBlank()) {
            errors.add(new FieldError("version", "is required"));
        } else if (!version.equals(definition.version())) {
            errors.add(new FieldError("version", "must be the current version " + definition.version()
                    + " of survey " + definition.key() + "; fetch the survey again and answer that"));
        }
    }

    private static void answers(SurveyDefinition definition, JsonObject answers, List<FieldError> errors) {
        if (answers == null) {
            errors.add(new FieldError("answers", "is required"));
            return;
        }
        for (SurveyQuestion question : definition.questions()) {
            JsonValue answer = answers.get(question.id());
            String field = "answers." + question.id();
            if (!isAnswered(answer)) {
                if (question.required()) {
                    errors.add(new FieldError(field, "is required"));
                }
                continue;
            }
            String problem = switch (question) {
                case SurveyQuestion.Score score -> score(score, answer);
                case SurveyQuestion.Choice choice -> choice(choice, answer);
                case SurveyQuestion.Text text -> text(text, answer);
            };
            if (problem != null) {
                errors.add(new FieldError(field, problem));
            }
        }
        Set<String> unknown = new TreeSet<>();
        for (String id : answers.keySet()) {
            if (definition.question(id).isEmpty()) {
                unknown.add(id);
            }
        }
        unknown.forEach(id -> errors.add(new FieldError("answers." + abbreviate(id),
                "is not a question of survey " + definition.key() + " " + definition.version())));
    }

    private static String score(SurveyQuestion.Score score, JsonValue answer) {
        String range = "must be a whole number from " + score.min() + " to " + score.max();
        if (!(answer instanceof JsonNumber number) || !number.isIntegral()) {
            return range;
        }
        BigInteger value = number.bigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(score.min())) < 0
                || value.compareTo(BigInteger.valueOf(score.max())) > 0) {
            return range;
        }
        return null;
    }

    private static String choice(SurveyQuestion.Choice choice, JsonValue answer) {
        if (!(answer instanceof JsonString code) || !choice.options().contains(code.getString())) {
            return "must be one of " + String.join(", ", choice.options());
        }
        return null;
    }

    private static String text(SurveyQuestion.Text text, JsonValue answer) {
        if (!(answer instanceof JsonString string)) {
            return "must be text";
        }
        String value = string.getString();
        if (value.codePointCount(0, value.length()) > text.maxLength()) {
            return "must be at most " + text.maxLength() + " characters";
        }
        // Other control characters would be stored escaped six times as long (and PostgreSQL refuses NUL); a lone
        // surrogate is not text at all.
        boolean clean = value.codePoints().allMatch(c -> c == '\n' || c == '\r' || c == '\t'
                || !Character.isISOControl(c) && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE));
        return clean ? null : "must not contain control characters";
    }

    private static void sessionId(SurveyDefinition definition, String sessionId, List<FieldError> errors) {
        if (definition.once() != SurveyDefinition.Once.PER_SESSION) {
            if (sessionId != null) {
                errors.add(new FieldError("sessionId", "is only accepted by per-session surveys"));
            }
        } else if (sessionId == null || sessionId.isBlank()) {
            errors.add(new FieldError("sessionId", "is required: survey " + definition.key()
                    + " is answered about one session"));
        } else if (!UUID_TEXT.matcher(sessionId).matches()) {
            errors.add(new FieldError("sessionId", "must be the id (a UUID) of a session you took part in"));
        }
    }

    /** Client text echoed in a problem is kept short: it is there to point at the mistake, not to be reflected. */
    private static String abbreviate(String text) {
        return text.length() <= LONGEST_ECHO ? text : text.substring(0, LONGEST_ECHO) + "…";
    }
}
