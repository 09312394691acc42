package io.humanlink.web.api.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.FriendApplication;
import io.humanlink.client.HumanLinkClient;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.RawHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Questionnaire → proposals with reasons → accept / decline / re-match, against the running app. Each test makes its
 * own Friends with a rare language and an odd time window, so proposals from other tests' data cannot crowd them out.
 */
@HumanLinkIT
class MatchingIT {

    private final AppUnderTest app;
    private final Accounts accounts;
    private final HumanLinkClient client;
    private final RawHttp http;

    MatchingIT(AppUnderTest app) {
        this.app = app;
        this.accounts = new Accounts(app);
        this.client = app.client();
        this.http = app.http();
    }

    /** A verified user turned approved Friend, with a described profile, availability and their own answers. */
    private String friend(String name, String language, String interestsJson, String style) {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();
        FriendApplication application = client.applyAsFriend(user.accessToken(),
                "I have listened to people on night shifts for years.");
        client.approveFriendApplication(accounts.adminToken(), application.id());
        String token = client.login(user.email(), user.password()).accessToken();
        expect(200, put("/api/v1/friends/me/profile", token, """
                {"bio":"%s, happy to talk.","languages":["%s"],"interests":%s,"sessionTypes":["text","video"],
                 "priceTier":"STANDARD","acceptingNew":true,"maxSessionsPerDay":4}""".formatted(name, language,
                interestsJson)));
        expect(200, put("/api/v1/friends/me/availability", token, """
                {"timeZone":"Pacific/Chatham","weekly":[{"day":"SUNDAY","from":"03:00","to":"06:00"}]}"""));
        expect(200, put("/api/v1/users/me/personality", token, personality(language, interestsJson, style, 5)));
        return token;
    }

    private static String personality(String language, String interestsJson, String style, int warmth) {
        int cold = 6 - warmth;
        String answers = IntStream.rangeClosed(1, 4).mapToObj(i -> List.of(
                        "\"E%d\":3".formatted(i), "\"O%d\":3".formatted(i),
                        "\"A%d\":%d".formatted(i, i % 2 == 1 ? warmth : cold),
                        "\"C%d\":%d".formatted(i, i % 2 == 1 ? warmth : cold),
                        "\"N%d\":%d".formatted(i, i % 2 == 1 ? cold : warmth)))
                .flatMap(List::stream).collect(Collectors.joining(","));
        return """
                {"version":"2026-1","answers":{%s},"interests":%s,"communicationStyle":"%s",
                 "languages":["%s"],"sessionTypes":["text"],
                 "availability":[{"day":"SUNDAY","from":"03:00","to":"06:00"}],"timeZone":"Pacific/Chatham"}"""
                .formatted(answers, interestsJson, style, language);
    }

    private HttpResponse<String> put(String path, String token, String json) {
        return http.send("PUT", path, "application/json", json, "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> post(String path, String token, String json) {
        return http.send("POST", path, json == null ? null : "application/json", json, "Authorization",
                "Bearer " + token);
    }

    private HttpResponse<String> get(String path, String token) {
        return http.get(path, "Authorization", "Bearer " + token);
    }

    private static JsonObject expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isBlank() || !response.body().startsWith("{") ? null : RawHttp.json(response);
    }

    private static List<String> proposedFriendIds(JsonObject overview) {
        return overview.getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonObject("friend").getString("id")).toList();
    }

    private String friendId(String token) {
        return client.me(token).id();
    }

    @Test
    void answeringTheQuestionnaireProposesFriendsWithReasons() {
        String warm = friend("Warm", "fi", "[\"music\",\"books\"]", "listener");
        String seeker = accounts.signUpAndLogIn().accessToken();

        expect(200, put("/api/v1/users/me/personality", seeker,
                personality("fi", "[\"music\",\"books\",\"travel\"]", "talker", 3)));

        JsonObject overview = expect(200, get("/api/v1/matches", seeker));
        assertThat(overview.isNull("current")).isTrue();
        JsonObject proposal = overview.getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonObject("friend").getString("id").equals(friendId(warm)))
                .findFirst().orElseThrow(() -> new AssertionError("no proposal of our Friend in " + overview));
        assertThat(proposal.getString("status")).isEqualTo("PROPOSED");
        assertThat(proposal.isNull("conversationId")).as("a conversation comes with accepting").isTrue();
        assertThat(proposal.getJsonNumber("score").doubleValue()).isBetween(0.0, 100.0);
        assertThat(proposal.getJsonArray("breakdown")).hasSize(5);
        List<String> reasons = proposal.getJsonArray("reasons").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertThat(reasons).hasSizeGreaterThanOrEqualTo(2).anySatisfy(r -> assertThat(r).contains("music"));
        assertThat(reasons).allSatisfy(r -> assertThat(r).doesNotContain("null"));
    }

    @Test
    void acceptingMakesTheCurrentMatchAndTheFriendSeesIt() {
        String friendToken = friend("Ada", "hu", "[\"hiking\"]", "balanced");
        String seeker = accounts.signUpAndLogIn().accessToken();
        expect(200, put("/api/v1/users/me/personality", seeker, personality("hu", "[\"hiking\"]", "balanced", 3)));
        String matchId = expect(200, get("/api/v1/matches", seeker)).getJsonArray("proposals")
                .getValuesAs(JsonObject.class).get(0).getString("id");

        JsonObject accepted = expect(200, post("/api/v1/matches/" + matchId + "/accept", seeker, null));

        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        String conversationId = accepted.getString("conversationId");
        JsonObject overview = expect(200, get("/api/v1/matches", seeker));
        assertThat(overview.getJsonObject("current").getString("id")).isEqualTo(matchId);
        assertThat(overview.getJsonObject("current").getString("conversationId")).isEqualTo(conversationId);
        assertThat(proposedFriendIds(overview)).doesNotContain(friendId(friendToken));
        JsonObject friendView = expect(200, get("/api/v1/matches", friendToken));
        assertThat(friendView.getJsonArray("matchedWithMe").getValuesAs(JsonObject.class))
                .anySatisfy(m -> {
                    assertThat(m.getString("matchId")).isEqualTo(matchId);
                    assertThat(m.getString("conversationId")).isEqualTo(conversationId);
                });
        expect(409, post("/api/v1/matches/" + matchId + "/accept", seeker, null));
        for (String member : List.of(seeker, friendToken)) {
            assertThat(expect(200, get("/api/v1/conversations", member)).getJsonArray("items")
                    .getValuesAs(JsonObject.class))
                    .as("accepting opened the pair's MATCH conversation")
                    .anySatisfy(c -> {
                        assertThat(c.getString("id")).isEqualTo(conversationId);
                        assertThat(c.getString("kind")).isEqualTo("MATCH");
                        assertThat(c.getJsonArray("members")).hasSize(2);
                    });
        }
    }

    @Test
    void nobodyCanActOnAnotherUsersMatch() {
        friend("Bo", "el", "[\"cooking\"]", "listener");
        String owner = accounts.signUpAndLogIn().accessToken();
        expect(200, put("/api/v1/users/me/personality", owner, personality("el", "[\"cooking\"]", "talker", 3)));
        String matchId = expect(200, get("/api/v1/matches", owner)).getJsonArray("proposals")
                .getValuesAs(JsonObject.class).get(0).getString("id");
        String intruder = accounts.signUpAndLogIn().accessToken();

        expect(404, post("/api/v1/matches/" + matchId + "/accept", intruder, null));
        expect(404, post("/api/v1/matches/" + matchId + "/decline", intruder, "{\"reason\":\"mine now\"}"));
        expect(401, http.send("POST", "/api/v1/matches/" + matchId + "/accept", null, null));
        assertThat(expect(200, get("/api/v1/matches", owner)).getJsonArray("proposals").getValuesAs(JsonObject.class)
                .get(0).getString("status")).isEqualTo("PROPOSED");
    }

    @Test
    void neverAgainAndRematchKeepThoseFriendsAway() {
        String first = friend("Cy", "ro", "[\"music\"]", "listener");
        String second = friend("Di", "ro", "[\"music\"]", "listener");
        String seeker = accounts.signUpAndLogIn().accessToken();
        expect(200, put("/api/v1/users/me/personality", seeker, personality("ro", "[\"music\"]", "talker", 3)));
        List<JsonObject> proposals = expect(200, get("/api/v1/matches", seeker)).getJsonArray("proposals")
                .getValuesAs(JsonObject.class);
        String firstMatch = idOfFriend(proposals, friendId(first));
        String secondMatch = idOfFriend(proposals, friendId(second));

        expect(200, post("/api/v1/matches/" + firstMatch + "/accept", seeker, null));
        JsonObject declined = expect(200, post("/api/v1/matches/" + secondMatch + "/decline", seeker,
                "{\"reason\":\"not my type\",\"neverAgain\":true}"));
        assertThat(declined.getString("status")).isEqualTo("DECLINED");

        HttpResponse<String> rematch = post("/api/v1/matches/rematch", seeker, "{\"reason\":\"want someone new\"}");
        assertThat(rematch.statusCode()).as(rematch.body()).isEqualTo(200);

        JsonObject overview = expect(200, get("/api/v1/matches", seeker));
        assertThat(overview.isNull("current")).isTrue();
        assertThat(proposedFriendIds(overview)).doesNotContain(friendId(first), friendId(second));
    }

    @Test
    void rematchWithoutQuestionnaireIsAClearConflict() {
        String seeker = accounts.signUpAndLogIn().accessToken();
        HttpResponse<String> response = post("/api/v1/matches/rematch", seeker, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(RawHttp.problem(response).type()).endsWith("/questionnaire-missing");
    }

    private static String idOfFriend(List<JsonObject> proposals, String friendId) {
        return proposals.stream().filter(p -> p.getJsonObject("friend").getString("id").equals(friendId))
                .map(p -> p.getString("id")).findFirst()
                .orElseThrow(() -> new AssertionError("Friend " + friendId + " not proposed: " + proposals));
    }
}
