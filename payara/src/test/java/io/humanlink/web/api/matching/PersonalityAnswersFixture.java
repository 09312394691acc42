package io.humanlink.web.api.matching;

import io.humanlink.web.platform.AppUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bodies for {@code PUT /api/v1/users/me/personality}: {@link #valid()} is a complete valid set of answers, and each
 * {@code with...} returns a copy with one part replaced (by anything, valid or not), so a test states only what it
 * is about. {@link #put} and {@link #get} make the calls.
 *
 * <pre>{@code
 * PersonalityAnswersFixture.valid()
 *         .withAnswers(PersonalityAnswersFixture.answersForTraitLevels(5, 3, 1, 4, 2))
 *         .withLanguages("de", "en")
 *         .withAvailability(slot("MONDAY", "18:00", "21:00"))
 *         .put(app, user.accessToken());
 * }</pre>
 *
 * @param answers item id to answer; a {@code null} value is sent as JSON {@code null}
 */
public record PersonalityAnswersFixture(String version, Map<String, Integer> answers, List<String> interests,
                                        String communicationStyle, List<String> languages, List<String> sessionTypes,
                                        List<Slot> availability, String timeZone) {

    public static final String PATH = "/api/v1/users/me/personality";
    public static final String CURRENT_VERSION = "2026-1";
    /** The Mini-IPIP items in the order the questionnaire asks them. */
    public static final List<String> ITEM_IDS = List.of("E1", "A1", "C1", "N1", "O1", "E2", "A2", "C2", "N2", "O2",
            "E3", "A3", "C3", "N3", "O3", "E4", "A4", "C4", "N4", "O4");
    /** The reverse-keyed items: they count as 6 − answer for their trait. */
    public static final Set<String> REVERSED = Set.of("E2", "E4", "A2", "A4", "C2", "C4", "N2", "N4", "O2", "O3",
            "O4");

    /** A weekly slot as sent: day MONDAY..SUNDAY, from and to as HH:mm ({@code to} may be 24:00). */
    public record Slot(String day, String from, String to) {
    }

    public static Slot slot(String day, String from, String to) {
        return new Slot(day, from, to);
    }

    /** Every item answered 3 (all traits 0.5); music, books; balanced; English; text, video; Monday 18:00-21:00. */
    public static PersonalityAnswersFixture valid() {
        return new PersonalityAnswersFixture(CURRENT_VERSION, allAnswers(3), List.of("music", "books"), "balanced",
                List.of("en"), List.of("text", "video"), List.of(slot("MONDAY", "18:00", "21:00")), "Europe/Lisbon");
    }

    /** Every item answered {@code value}. */
    public static Map<String, Integer> allAnswers(int value) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        ITEM_IDS.forEach(id -> answers.put(id, value));
        return answers;
    }

    /**
     * Answers that give each trait the score {@code (level - 1) / 4}: every item of a trait is answered {@code level},
     * or {@code 6 - level} when reverse-keyed. Levels are 1 to 5.
     */
    public static Map<String, Integer> answersForTraitLevels(int openness, int conscientiousness, int extraversion,
                                                             int agreeableness, int neuroticism) {
        Map<Character, Integer> levels = Map.of('O', openness, 'C', conscientiousness, 'E', extraversion,
                'A', agreeableness, 'N', neuroticism);
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String id : ITEM_IDS) {
            int level = levels.get(id.charAt(0));
            answers.put(id, REVERSED.contains(id) ? 6 - level : level);
        }
        return answers;
    }

    public PersonalityAnswersFixture withVersion(String version) {
        return new PersonalityAnswersFixture(version, answers, interests, communicationStyle, languages, sessionTypes,
                availability, timeZone);
    }

    public PersonalityAnswersFixture withAnswers(Map<String, Integer> answers) {
        return new PersonalityAnswersFixture(version, answers, interests, communicationStyle, languages, sessionTypes,
                availability, timeZone);
    }

    /** The same answers with {@code id} answered {@code value} ({@code null} sends JSON null). */
    public PersonalityAnswersFixture withAnswer(String id, Integer value) {
        Map<String, Integer> changed = new LinkedHashMap<>(answers);
        changed.put(id, value);
        return withAnswers(changed);
    }

    /** The same answers without {@code id}. */
    public PersonalityAnswersFixture withoutAnswer(String id) {
        Map<String, Integer> changed = new LinkedHashMap<>(answers);
        changed.remove(id);
        return withAnswers(changed);
    }

    public PersonalityAnswersFixture withInterests(String... interests) {
        return new PersonalityAnswersFixture(version, answers, Arrays.asList(interests), communicationStyle,
                languages, sessionTypes, availability, timeZone);
    }

    public PersonalityAnswersFixture withCommunicationStyle(String communicationStyle) {
        return new PersonalityAnswersFixture(version, answers, interests, communicationStyle, languages, sessionTypes,
                availability, timeZone);
    }

    public PersonalityAnswersFixture withLanguages(String... languages) {
        return new PersonalityAnswersFixture(version, answers, interests, communicationStyle, Arrays.asList(languages),
                sessionTypes, availability, timeZone);
    }

    public PersonalityAnswersFixture withSessionTypes(String... sessionTypes) {
        return new PersonalityAnswersFixture(version, answers, interests, communicationStyle, languages,
                Arrays.asList(sessionTypes), availability, timeZone);
    }

    public PersonalityAnswersFixture withAvailability(Slot... availability) {
        return new PersonalityAnswersFixture(version, answers, interests, communicationStyle, languages, sessionTypes,
                Arrays.asList(availability), timeZone);
    }

    public PersonalityAnswersFixture withTimeZone(String timeZone) {
        return new PersonalityAnswersFixture(version, answers, interests, communicationStyle, languages, sessionTypes,
                availability, timeZone);
    }

    /** The request body; {@code null} parts are sent as JSON {@code null}. */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        addString(json, "version", version);
        if (answers == null) {
            json.addNull("answers");
        } else {
            JsonObjectBuilder items = Json.createObjectBuilder();
            answers.forEach((id, value) -> {
                if (value == null) {
                    items.addNull(id);
                } else {
                    items.add(id, value);
                }
            });
            json.add("answers", items);
        }
        addStrings(json, "interests", interests);
        addString(json, "communicationStyle", communicationStyle);
        addStrings(json, "languages", languages);
        addStrings(json, "sessionTypes", sessionTypes);
        if (availability == null) {
            json.addNull("availability");
        } else {
            JsonArrayBuilder slots = Json.createArrayBuilder();
            for (Slot slot : availability) {
                JsonObjectBuilder object = Json.createObjectBuilder();
                addString(object, "day", slot.day());
                addString(object, "from", slot.from());
                addString(object, "to", slot.to());
                slots.add(object);
            }
            json.add("availability", slots);
        }
        addString(json, "timeZone", timeZone);
        return json.build().toString();
    }

    /** {@code PUT /api/v1/users/me/personality} with this body as the holder of {@code accessToken}. */
    public HttpResponse<String> put(AppUnderTest app, String accessToken) {
        return app.http().send("PUT", PATH, "application/json", toJson(), "Authorization", "Bearer " + accessToken);
    }

    /** {@code GET /api/v1/users/me/personality} as the holder of {@code accessToken}. */
    public static HttpResponse<String> get(AppUnderTest app, String accessToken) {
        return app.http().get(PATH, "Authorization", "Bearer " + accessToken);
    }

    private static void addString(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void addStrings(JsonObjectBuilder json, String name, List<String> values) {
        if (values == null) {
            json.addNull(name);
            return;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(value -> {
            if (value == null) {
                array.addNull();
            } else {
                array.add(value);
            }
        });
        json.add(name, array);
    }
}
