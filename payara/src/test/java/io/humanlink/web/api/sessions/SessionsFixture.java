package io.humanlink.web.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.FriendApplication;
import io.humanlink.client.HumanLinkClient;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.RawHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Makes the people sessions need (approved Friends with availability, verified users) through the API, books through
 * the API, and — the one thing a client cannot do — lets time pass for a session by moving its times into the past
 * in the database, as if the clock had run on.
 */
public final class SessionsFixture {

    /** Every day, all day, in UTC: for tests where availability is not the point. */
    public static final String ALWAYS = alwaysIn("UTC");

    /** The test profile's start step (humanlink.sessions.start-step). */
    static final Duration STEP = Duration.ofMinutes(5);

    public record Person(String id, String token, String email) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    private final AppUnderTest app;
    private final Accounts accounts;
    private final HumanLinkClient client;
    private final RawHttp http;

    public SessionsFixture(AppUnderTest app) {
        this.app = app;
        this.accounts = new Accounts(app);
        this.client = app.client();
        this.http = app.http();
    }

    public static String alwaysIn(String zone) {
        List<String> days = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            days.add("{\"day\":\"%s\",\"from\":\"00:00\",\"to\":\"24:00\"}".formatted(day));
        }
        return "{\"timeZone\":\"%s\",\"weekly\":[%s]}".formatted(zone, String.join(",", days));
    }

    public Person user() {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();
        return new Person(user.id(), user.accessToken(), user.email());
    }

    /** An approved Friend offering text, voice and video with the given availability JSON and daily cap. */
    public Person friend(String availabilityJson, int maxSessionsPerDay) {
        return friend(availabilityJson, maxSessionsPerDay, "STANDARD");
    }

    /** An approved Friend of the given price tier (PREMIUM Friends' sessions are paid per session). */
    public Person friend(String availabilityJson, int maxSessionsPerDay, String priceTier) {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();
        FriendApplication application = client.applyAsFriend(user.accessToken(),
                "I have kept people company on long evenings for years.");
        client.approveFriendApplication(accounts.adminToken(), application.id());
        String token = client.login(user.email(), user.password()).accessToken();
        Person friend = new Person(user.id(), token, user.email());
        expect(200, send("PUT", "/api/v1/friends/me/profile", friend, """
                {"bio":"Calm listener.","languages":["en"],"interests":["books"],
                 "sessionTypes":["text","voice","video"],"priceTier":"%s","acceptingNew":true,
                 "maxSessionsPerDay":%d}""".formatted(priceTier, maxSessionsPerDay)));
        expect(200, send("PUT", "/api/v1/friends/me/availability", friend, availabilityJson));
        return friend;
    }

    public Person friend() {
        return friend(ALWAYS, 8);
    }

    public HttpResponse<String> book(Person user, Person friend, String type, Instant start, int minutes,
                              String... headers) {
        return send("POST", "/api/v1/sessions", user, bookingJson(friend, type, start.toString(), minutes), headers);
    }

    public static String bookingJson(Person friend, String type, String start, int minutes) {
        return """
                {"friendId":"%s","type":"%s","start":"%s","durationMinutes":%d}"""
                .formatted(friend.id(), type, start, minutes);
    }

    /** Books and returns the created session's JSON (fails the test unless 201). */
    public JsonObject booked(Person user, Person friend, String type, Instant start, int minutes) {
        return expect(201, book(user, friend, type, start, minutes));
    }

    public HttpResponse<String> send(String method, String path, Person who, String json, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", who.bearer()));
        all.addAll(List.of(headers));
        return http.send(method, path, json == null ? null : "application/json", json, all.toArray(String[]::new));
    }

    public HttpResponse<String> get(String path, Person who) {
        return http.get(path, "Authorization", who.bearer());
    }

    public static JsonObject expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + " -> "
                + response.body()).isEqualTo(status);
        return response.body().isBlank() ? null : RawHttp.json(response);
    }

    /** The first start on the test step that is at least {@code ahead} from now. */
    public static Instant startIn(Duration ahead) {
        Instant earliest = Instant.now().plus(ahead);
        long step = STEP.toSeconds();
        long seconds = (earliest.getEpochSecond() + step - 1) / step * step;
        return Instant.ofEpochSecond(seconds);
    }

    /** A start on the step, {@code days} days ahead at {@code hourUtc}:00 UTC. */
    public static Instant daysAheadAt(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    /** Lets {@code by} pass for the session: its start, end and busy-until move that much earlier. */
    public void timePasses(String sessionId, Duration by) {
        update("update chat_sessions set starts_at = starts_at - ?::interval, ends_at = ends_at - ?::interval,"
                + " busy_until = busy_until - ?::interval where public_id = ?", by, sessionId);
    }

    public String status(String sessionId) {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("select status from chat_sessions where public_id = ?")) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the lifecycle sweep (every 2 s in the test profile) to bring the session to {@code status}. */
    public void awaitStatus(String sessionId, String status) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!status.equals(status(sessionId))) {
            assertThat(Instant.now()).as("session " + sessionId + " never became " + status).isBefore(deadline);
            sleep(Duration.ofMillis(200));
        }
    }

    public long count(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement with string parameters (for facts a client cannot set, e.g. a payment deadline). */
    public void execute(String sql, String... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The database's message refusing {@code sql} (e.g. a guard trigger), or null if it ran; rolled back either way,
     * so nothing changes.
     */
    public String refusal(String sql) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (java.sql.Statement s = c.createStatement()) {
                s.execute(sql);
                return null;
            } catch (SQLException e) {
                return e.getMessage();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Duration by, String sessionId) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            String interval = by.toSeconds() + " seconds";
            s.setString(1, interval);
            s.setString(2, interval);
            s.setString(3, interval);
            s.setString(4, sessionId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(app.database().jdbcUrl(), app.database().user(), "");
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
