package io.humanlink.web.api.matching;

import static io.humanlink.web.api.matching.PersonalityAnswersFixture.slot;
import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.Problem;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.RawHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /users/me/personality}: answering the questionnaire stores the answers with traits computed from them; bad
 * answers are refused item by item and change nothing; nobody reads or writes anyone else's.
 */
@HumanLinkIT
class PersonalityIT {

    private final AppUnderTest app;
    private final Accounts accounts;

    PersonalityIT(AppUnderTest app) {
        this.app = app;
        this.accounts = new Accounts(app);
    }

    /** Mixed answers whose traits are worked out by hand below. */
    private static Map<String, Integer> mixedAnswers() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.putAll(Map.of("E1", 4, "E2", 2, "E3", 5, "E4", 3, "A1", 5, "A2", 1, "A3", 4, "A4", 2));
        answers.putAll(Map.of("C1", 2, "C2", 4, "C3", 3, "C4", 3, "N1", 1, "N2", 5, "N3", 2, "N4", 4));
        answers.putAll(Map.of("O1", 5, "O2", 2, "O3", 1, "O4", 2));
        return answers;
    }

    @Test
    void validAnswersAreStoredWithTraitsComputedFromThem() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        Instant before = Instant.now().minusSeconds(5);

        HttpResponse<String> response = PersonalityAnswersFixture.valid()
                .withAnswers(mixedAnswers())
                .withInterests("travel", "art", "music")
                .withCommunicationStyle("listener")
                .withLanguages("pt", "en")
                .withSessionTypes("video", "text")
                .withAvailability(slot("SATURDAY", "10:00", "12:30"), slot("MONDAY", "22:00", "00:00"),
                        slot("MONDAY", "07:00", "08:15"))
                .withTimeZone("America/New_York")
                .put(app, user.accessToken());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject body = RawHttp.json(response);
        assertThat(body.getString("version")).isEqualTo("2026-1");
        // reverse-keyed items count 6 - x; trait = (mean - 1) / 4
        // O: 5 + 4 + 5 + 4 = 18 -> 4.5 -> 0.875   C: 2 + 2 + 3 + 3 = 10 -> 2.5 -> 0.375
        // E: 4 + 4 + 5 + 3 = 16 -> 4.0 -> 0.75    A: 5 + 5 + 4 + 4 = 18 -> 4.5 -> 0.875
        // N: 1 + 1 + 2 + 2 = 6 -> 1.5 -> 0.125
        JsonObject traits = body.getJsonObject("traits");
        assertThat(traits.getJsonNumber("openness").doubleValue()).isEqualTo(0.875);
        assertThat(traits.getJsonNumber("conscientiousness").doubleValue()).isEqualTo(0.375);
        assertThat(traits.getJsonNumber("extraversion").doubleValue()).isEqualTo(0.75);
        assertThat(traits.getJsonNumber("agreeableness").doubleValue()).isEqualTo(0.875);
        assertThat(traits.getJsonNumber("neuroticism").doubleValue()).isEqualTo(0.125);
        assertThat(body.getJsonObject("answers").getInt("E2")).isEqualTo(2);
        assertThat(body.getJsonObject("answers")).hasSize(20);
        assertThat(strings(body, "interests")).containsExactly("art", "music", "travel");
        assertThat(body.getString("communicationStyle")).isEqualTo("listener");
        assertThat(strings(body, "languages")).containsExactly("en", "pt");
        assertThat(strings(body, "sessionTypes")).containsExactly("text", "video");
        assertThat(body.getJsonArray("availability").getValuesAs(JsonObject.class))
                .extracting(slot -> slot.getString("day") + " " + slot.getString("from") + "-" + slot.getString("to"))
                .containsExactly("MONDAY 07:00-08:15", "MONDAY 22:00-24:00", "SATURDAY 10:00-12:30");
        assertThat(body.getString("timeZone")).isEqualTo("America/New_York");
        assertThat(Instant.parse(body.getString("updatedAt"))).isBetween(before, Instant.now().plusSeconds(5));
    }

    @Test
    void getReturnsWhatWasSaved() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        HttpResponse<String> saved = PersonalityAnswersFixture.valid().withAnswers(mixedAnswers())
                .put(app, user.accessToken());

        HttpResponse<String> read = PersonalityAnswersFixture.get(app, user.accessToken());

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(RawHttp.json(read)).isEqualTo(RawHttp.json(saved));
    }

    @Test
    void beforeAnsweringThereIsNothingToGet() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        assertProblem(PersonalityAnswersFixture.get(app, user.accessToken()), 404, "not-found");
    }

    @Test
    void answeringAgainReplacesTheEarlierAnswers() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        PersonalityAnswersFixture.valid().put(app, user.accessToken());

        HttpResponse<String> again = PersonalityAnswersFixture.valid()
                .withAnswers(PersonalityAnswersFixture.answersForTraitLevels(5, 1, 5, 1, 5))
                .withLanguages("de")
                .put(app, user.accessToken());

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonObject read = RawHttp.json(PersonalityAnswersFixture.get(app, user.accessToken()));
        assertThat(read.getJsonObject("traits").getJsonNumber("openness").doubleValue()).isEqualTo(1.0);
        assertThat(read.getJsonObject("traits").getJsonNumber("conscientiousness").doubleValue()).isEqualTo(0.0);
        assertThat(strings(read, "languages")).containsExactly("de");
    }

    @Test
    void invalidAnswersNameEachBadItemAndStoreNothing() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        HttpResponse<String> response = PersonalityAnswersFixture.valid()
                .withAnswer("E2", 6)
                .withoutAnswer("O4")
                .withInterests("foo", "music")
                .withSessionTypes("text", "fax")
                .withAvailability(slot("MONDAY", "18:10", "19:00"), slot("TUESDAY", "18:00", "21:00"),
                        slot("TUESDAY", "20:00", "22:00"))
                .withTimeZone("Mars/Olympus_Mons")
                .put(app, user.accessToken());

        Problem problem = assertProblem(response, 400, "validation");
        assertThat(problem.fields()).containsExactlyInAnyOrder("answers.E2", "answers.O4", "interests[0]",
                "sessionTypes[1]", "availability[0]", "availability[2]", "timeZone");
        assertProblem(PersonalityAnswersFixture.get(app, user.accessToken()), 404, "not-found");
    }

    @Test
    void invalidAnswersLeaveTheEarlierProfileAsItWas() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        HttpResponse<String> saved = PersonalityAnswersFixture.valid().withAnswers(mixedAnswers())
                .put(app, user.accessToken());

        HttpResponse<String> refused = PersonalityAnswersFixture.valid().withAnswer("A3", 0)
                .withLanguages("en", "xx").put(app, user.accessToken());

        assertThat(assertProblem(refused, 400, "validation").fields()).containsExactly("answers.A3", "languages[1]");
        assertThat(RawHttp.json(PersonalityAnswersFixture.get(app, user.accessToken())))
                .isEqualTo(RawHttp.json(saved));
    }

    @Test
    void answersToAnOlderVersionMustBeGivenAgain() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        HttpResponse<String> response = PersonalityAnswersFixture.valid().withVersion("2025-1")
                .put(app, user.accessToken());

        assertThat(assertProblem(response, 400, "validation").fields()).containsExactly("version");
    }

    @Test
    void anUnknownItemIsNamed() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        HttpResponse<String> response = PersonalityAnswersFixture.valid().withAnswer("X9", 3)
                .put(app, user.accessToken());

        assertThat(assertProblem(response, 400, "validation").fields()).containsExactly("answers.X9");
    }

    @Test
    void everyMissingPartIsNamed() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        HttpResponse<String> response = app.http().send("PUT", PersonalityAnswersFixture.PATH, "application/json",
                "{}", "Authorization", "Bearer " + user.accessToken());

        assertThat(assertProblem(response, 400, "validation").fields()).containsExactly("version", "answers",
                "interests", "communicationStyle", "languages", "sessionTypes", "availability", "timeZone");
    }

    @Test
    void withoutATokenNothingCanBeReadOrWritten() {
        assertProblem(app.http().send("PUT", PersonalityAnswersFixture.PATH, "application/json",
                PersonalityAnswersFixture.valid().toJson()), 401, "unauthorized");
        assertProblem(app.http().get(PersonalityAnswersFixture.PATH), 401, "unauthorized");
    }

    @Test
    void eachUserSeesOnlyTheirOwnAnswers() {
        Accounts.SignedIn first = accounts.signUpAndLogIn();
        Accounts.SignedIn second = accounts.signUpAndLogIn();
        PersonalityAnswersFixture.valid().withLanguages("fr").put(app, first.accessToken());

        assertProblem(PersonalityAnswersFixture.get(app, second.accessToken()), 404, "not-found");
        PersonalityAnswersFixture.valid().withLanguages("ja").put(app, second.accessToken());

        assertThat(strings(RawHttp.json(PersonalityAnswersFixture.get(app, first.accessToken())), "languages"))
                .containsExactly("fr");
        assertThat(strings(RawHttp.json(PersonalityAnswersFixture.get(app, second.accessToken())), "languages"))
                .containsExactly("ja");
    }

    private static List<String> strings(JsonObject body, String name) {
        return body.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
