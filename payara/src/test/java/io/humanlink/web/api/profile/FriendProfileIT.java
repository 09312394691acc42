package io.humanlink.web.api.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.FriendApplication;
import io.humanlink.client.HumanLinkClient;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.RawHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Friend profiles, availability and the Friend directory against the running app. */
@HumanLinkIT
class FriendProfileIT {

    private static final String PROFILE = """
            {"bio":"Retired teacher who loves a good chat.","languages":["en","cs"],"interests":["books","history"],
             "sessionTypes":["voice","text"],"priceTier":"PREMIUM","acceptingNew":true,"maxSessionsPerDay":3}""";

    private final Accounts accounts;
    private final HumanLinkClient client;
    private final RawHttp http;

    FriendProfileIT(AppUnderTest app) {
        this.accounts = new Accounts(app);
        this.client = app.client();
        this.http = app.http();
    }

    private Accounts.SignedIn approvedFriend() {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();
        FriendApplication application = client.applyAsFriend(user.accessToken(), "Twenty years of volunteering.");
        client.approveFriendApplication(accounts.adminToken(), application.id());
        return new Accounts.SignedIn(user.email(), user.password(), user.user(),
                client.login(user.email(), user.password()));
    }

    private HttpResponse<String> put(String path, String token, String json) {
        return http.send("PUT", path, "application/json", json, "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> get(String path, String token) {
        return http.get(path, "Authorization", "Bearer " + token);
    }

    private static List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return RawHttp.problem(response).fields();
    }

    @Test
    void friendDescribesThemselvesAndMembersSeeIt() {
        Accounts.SignedIn friend = approvedFriend();

        HttpResponse<String> saved = put("/api/v1/friends/me/profile", friend.accessToken(), PROFILE);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> availability = put("/api/v1/friends/me/availability", friend.accessToken(), """
                {"timeZone":"Europe/Prague","weekly":[{"day":"TUESDAY","from":"09:00","to":"12:00"},
                 {"day":"FRIDAY","from":"20:00","to":"24:00"}],
                 "exceptions":[{"date":"2026-12-24","available":false}]}""");
        assertThat(availability.statusCode()).as(availability.body()).isEqualTo(200);

        String member = accounts.signUpAndLogIn().accessToken();
        JsonObject seen = RawHttp.json(get("/api/v1/friends/" + friend.id(), member));
        assertThat(seen.getString("bio")).isEqualTo("Retired teacher who loves a good chat.");
        assertThat(seen.getString("priceTier")).isEqualTo("PREMIUM");
        assertThat(seen.getString("timeZone")).isEqualTo("Europe/Prague");
        assertThat(seen.getJsonArray("weekly")).hasSize(2);
        assertThat(seen.getJsonArray("weekly").getJsonObject(1).getString("to")).isEqualTo("24:00");
        assertThat(seen.getJsonArray("exceptions").getJsonObject(0).getBoolean("available")).isFalse();
        assertThat(seen.containsKey("email")).isFalse();
    }

    @Test
    void directoryFiltersByLanguageInterestAndType() {
        Accounts.SignedIn friend = approvedFriend();
        put("/api/v1/friends/me/profile", friend.accessToken(), PROFILE);
        String member = accounts.signUpAndLogIn().accessToken();

        assertThat(ids(get("/api/v1/friends?language=cs&interest=history&type=voice&limit=100", member)))
                .contains(friend.id());
        assertThat(ids(get("/api/v1/friends?language=cs&type=video&limit=100", member))).doesNotContain(friend.id());

        put("/api/v1/friends/me/profile", friend.accessToken(), PROFILE.replace("\"acceptingNew\":true",
                "\"acceptingNew\":false"));
        assertThat(ids(get("/api/v1/friends?language=cs&limit=100", member))).doesNotContain(friend.id());
    }

    @Test
    void directoryRejectsUnknownFilterValues() {
        String member = accounts.signUpAndLogIn().accessToken();
        assertThat(fields(get("/api/v1/friends?language=klingon&type=smoke-signals", member)))
                .contains("language", "type");
        assertThat(fields(get("/api/v1/friends?limit=500", member))).contains("limit");
    }

    @Test
    void invalidProfileNamesEachBadEntryAndChangesNothing() {
        Accounts.SignedIn friend = approvedFriend();
        put("/api/v1/friends/me/profile", friend.accessToken(), PROFILE);

        HttpResponse<String> bad = put("/api/v1/friends/me/profile", friend.accessToken(), """
                {"bio":"x","languages":["en","xx"],"interests":["books","books"],"sessionTypes":["fax"],
                 "priceTier":"GOLD","acceptingNew":true,"maxSessionsPerDay":99}""");

        assertThat(fields(bad)).contains("languages[1]", "interests[1]", "sessionTypes[0]", "priceTier",
                "maxSessionsPerDay");
        JsonObject unchanged = RawHttp.json(get("/api/v1/friends/me/profile", friend.accessToken()));
        assertThat(unchanged.getString("priceTier")).isEqualTo("PREMIUM");
    }

    @Test
    void aDailyCapThatIsNotASmallWholeNumberIsRefusedByNameNotWrapped() {
        Accounts.SignedIn friend = approvedFriend();
        put("/api/v1/friends/me/profile", friend.accessToken(), PROFILE);

        for (String number : new String[] {"4294967300", "4.5"}) {
            HttpResponse<String> bad = put("/api/v1/friends/me/profile", friend.accessToken(), """
                    {"bio":"x","languages":["en"],"interests":["books"],"sessionTypes":["text"],
                     "priceTier":"STANDARD","acceptingNew":true,"maxSessionsPerDay":%s}""".formatted(number));
            assertThat(fields(bad)).as(number).containsExactly("maxSessionsPerDay");
        }
        JsonObject unchanged = RawHttp.json(get("/api/v1/friends/me/profile", friend.accessToken()));
        assertThat(unchanged.getString("priceTier")).isEqualTo("PREMIUM");
    }

    @Test
    void invalidAvailabilityNamesTheWindow() {
        Accounts.SignedIn friend = approvedFriend();
        HttpResponse<String> bad = put("/api/v1/friends/me/availability", friend.accessToken(), """
                {"timeZone":"Mars/Base","weekly":[{"day":"MONDAY","from":"10:00","to":"12:00"},
                 {"day":"MONDAY","from":"11:00","to":"13:00"},{"day":"FUNDAY","from":"10:00","to":"11:00"},
                 {"day":"TUESDAY","from":"10:07","to":"11:00"},{"day":"WEDNESDAY","from":"12:00","to":"10:00"}],
                 "exceptions":[{"date":"2026-13-01","available":false},{"date":"2026-12-01","from":"10:00",
                 "available":true}]}""");

        assertThat(fields(bad)).contains("timeZone", "weekly", "weekly[2]", "weekly[3]", "weekly[4]",
                "exceptions[0]", "exceptions[1]");
    }

    @Test
    void onlyFriendsHaveAFriendProfile() {
        String member = accounts.signUpAndLogIn().accessToken();
        assertThat(put("/api/v1/friends/me/profile", member, PROFILE).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/friends/" + UUID.randomUUID(), member).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/friends").statusCode()).isEqualTo(401);
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RawHttp.json(response).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id")).toList();
    }
}
