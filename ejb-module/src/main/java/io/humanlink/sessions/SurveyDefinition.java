package io.humanlink.sessions;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One survey as defined in the surveys document: what it asks and how often one person may answer it.
 *
 * <p>Invariants, checked by {@link #read} (a broken definition fails the deployment, not a user's request): the key,
 * question ids and choice codes are short safe identifiers, question ids are unique, a score runs from a smaller to a
 * larger bound, the main score names a score question, a cooldown belongs to a per-user survey only, and the longest
 * possible stored answers (text escaped for JSON, which at most doubles it) fit the 4000-character {@code answers}
 * column.
 *
 * @param key       the survey's address ({@code /surveys/{key}})
 * @param version   answers must name it; a reworded survey gets a new version
 * @param once      what one person answers it once about
 * @param cooldown  for a per-user survey, how long after an answer the next is refused; {@code null} = once per version
 * @param mainScore the id of the score question stored as the response's {@code score} for reporting, or {@code null}
 * @param json      the definition as clients receive it
 */
public record SurveyDefinition(String key, String version, String title, Once once, Duration cooldown,
                               String mainScore, List<SurveyQuestion> questions, JsonObject json) {

    /** Room in {@code survey_responses.answers}. */
    public static final int STORED_ANSWERS_MAX = 4000;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");
    private static final Pattern CHOICE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final int VERSION_MAX = 32;
    private static final int QUESTIONS_MAX = 20;

    /** What a person answers the survey once about. */
    public enum Once {
        /** Once per person: per cooldown period when the survey has one, else per survey version. */
        PER_USER("per-user"),
        /** Once per person and completed session they took part in ({@code sessionId} in the request). */
        PER_SESSION("per-session");

        private final String code;

        Once(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Once fromCode(String code) {
            for (Once once : values()) {
                if (once.code.equals(code)) {
                    return once;
                }
            }
            throw new IllegalArgumentException("once must be per-user or per-session, not " + code);
        }
    }

    public SurveyDefinition {
        questions = List.copyOf(questions);
    }

    /** Parses and checks one entry of the surveys document. */
    public static SurveyDefinition read(JsonObject json) {
        String key = string(json, "key", "?");
        if (!KEY.matcher(key).matches()) {
            throw invalid(key, "key must match " + KEY.pattern());
        }
        try {
            String version = string(json, "version", key);
            if (version.isBlank() || version.length() > VERSION_MAX) {
                throw invalid(key, "version must be 1 to " + VERSION_MAX + " characters");
            }
            String title = string(json, "title", key);
            Once once = Once.fromCode(string(json, "once", key));
            Duration cooldown = cooldown(json, once, key);
            List<SurveyQuestion> questions = questions(json, key);
            String mainScore = json.containsKey("mainScore") ? string(json, "mainScore", key) : null;
            if (mainScore != null && questions.stream()
                    .noneMatch(q -> q.id().equals(mainScore) && q instanceof SurveyQuestion.Score)) {
                throw invalid(key, "mainScore must name a score question, not " + mainScore);
            }
            SurveyDefinition definition = new SurveyDefinition(key, version, title, once, cooldown, mainScore,
                    questions, json);
            if (definition.longestStoredAnswers() > STORED_ANSWERS_MAX) {
                throw invalid(key, "answers could need " + definition.longestStoredAnswers()
                        + " characters stored; at most " + STORED_ANSWERS_MAX + " fit");
            }
            return definition;
        } catch (ClassCastException | NullPointerException | IllegalArgumentException | ArithmeticException e) {
            throw invalid(key, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    public Optional<SurveyQuestion> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * What this survey is answered once about, the third part of the database's unique key (survey, user, subject):
     * the session for per-session surveys; for per-user ones the cooldown period that {@code now} falls in (periods of
     * the cooldown's length counted from the epoch), or the version when there is no cooldown.
     *
     * <p>Two answers at least a cooldown apart never share a period, so the key refuses only what the cooldown
     * refuses too; it is the guard that holds when two answers race past the cooldown check.
     */
    public String subject(UUID sessionId, Instant now) {
        if (once == Once.PER_SESSION) {
            return "session:" + Objects.requireNonNull(sessionId, "sessionId");
        }
        if (cooldown == null) {
            return "version:" + version;
        }
        long length = cooldown.getSeconds();
        return "period:" + Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), length) * length);
    }

    /** An upper bound of the length of the stored answers JSON, every question answered at its longest. */
    int longestStoredAnswers() {
        int length = 2; // {}
        for (SurveyQuestion question : questions) {
            length += question.id().length() + 4; // "id": and a comma
            length += switch (question) {
                case SurveyQuestion.Score score -> Math.max(Integer.toString(score.min()).length(),
                        Integer.toString(score.max()).length());
                case SurveyQuestion.Choice choice -> 2 + choice.options().stream().mapToInt(String::length).max()
                        .orElse(0);
                // A code point takes at most two chars: a surrogate pair, or a character JSON escapes as \n, \"
                // and the like (SurveyValidator refuses the control characters that would escape to six).
                case SurveyQuestion.Text text -> 2 + 2 * text.maxLength();
            };
        }
        return length;
    }

    private static Duration cooldown(JsonObject json, Once once, String key) {
        if (!json.containsKey("cooldown")) {
            return null;
        }
        if (once != Once.PER_USER) {
            throw invalid(key, "only a per-user survey can have a cooldown");
        }
        try {
            Duration cooldown = Duration.parse(string(json, "cooldown", key));
            if (cooldown.getSeconds() < 1) {
                throw invalid(key, "cooldown must be at least a second");
            }
            return cooldown;
        } catch (DateTimeParseException e) {
            throw invalid(key, "cooldown must be an ISO-8601 duration such as P90D");
        }
    }

    private static List<SurveyQuestion> questions(JsonObject json, String key) {
        List<SurveyQuestion> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonValue value : json.getJsonArray("questions")) {
            SurveyQuestion question = question(value.asJsonObject(), key);
            if (!ids.add(question.id())) {
                throw invalid(key, "question id " + question.id() + " is not unique");
            }
            questions.add(question);
        }
        if (questions.isEmpty() || questions.size() > QUESTIONS_MAX) {
            throw invalid(key, "must have 1 to " + QUESTIONS_MAX + " questions");
        }
        return questions;
    }

    private static SurveyQuestion question(JsonObject json, String key) {
        String id = string(json, "id", key);
        if (!QUESTION_ID.matcher(id).matches()) {
            throw invalid(key, "question id must match " + QUESTION_ID.pattern() + ", not " + id);
        }
        String text = string(json, "text", key);
        boolean required = json.getBoolean("required", false);
        String kind = string(json, "kind", key);
        return switch (kind) {
            case "score" -> {
                int min = integer(json, "min");
                int max = integer(json, "max");
                if (min >= max) {
                    throw invalid(key, "question " + id + ": min must be below max");
                }
                yield new SurveyQuestion.Score(id, text, required, min, max);
            }
            case "choice" -> {
                List<String> options = json.getJsonArray("options").stream()
                        .map(option -> option.asJsonObject().getString("code")).toList();
                if (options.isEmpty() || new HashSet<>(options).size() != options.size()
                        || !options.stream().allMatch(code -> CHOICE_CODE.matcher(code).matches())) {
                    throw invalid(key, "question " + id + ": options must be unique codes matching "
                            + CHOICE_CODE.pattern());
                }
                yield new SurveyQuestion.Choice(id, text, required, options);
            }
            case "text" -> {
                int maxLength = integer(json, "maxLength");
                if (maxLength < 1) {
                    throw invalid(key, "question " + id + ": maxLength must be positive");
                }
                yield new SurveyQuestion.Text(id, text, required, maxLength);
            }
            default -> throw invalid(key, "question " + id + ": kind must be score, choice or text, not " + kind);
        };
    }

    private static String string(JsonObject json, String name, String key) {
        JsonValue value = json.get(name);
        if (!(value instanceof JsonString string)) {
            throw invalid(key, name + " must be a string");
        }
        return string.getString();
    }

    private static int integer(JsonObject json, String name) {
        JsonNumber number = json.getJsonNumber(name);
        if (number == null || !number.isIntegral()) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
        return number.intValueExact();
    }

    private static IllegalStateException invalid(String key, String problem) {
        return new IllegalStateException("survey " + key + ": " + problem);
    }
}
