package io.humanlink.web.api.sessions;

import static io.humanlink.web.api.sessions.SessionsFixture.daysAheadAt;
import static io.humanlink.web.api.sessions.SessionsFixture.expect;
import static io.humanlink.web.api.sessions.SessionsFixture.startIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.Problem;
import io.humanlink.web.api.sessions.SessionsFixture.Person;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.Problems;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Booking against the running app: availability, notice, buffer, daily cap, overlaps, move, cancel, no-show. */
@HumanLinkIT
class SessionBookingIT {

    private final SessionsFixture fixture;

    SessionBookingIT(AppUnderTest app) {
        this.fixture = new SessionsFixture(app);
    }

    @Test
    void bookingInsideAvailabilityIsScheduledWithAConversationAndBothSidesSeeIt() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        Instant start = daysAheadAt(3, 10);

        HttpResponse<String> response = fixture.book(user, friend, "text", start, 45);

        JsonObject session = expect(201, response);
        String id = session.getString("id");
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/sessions/" + id);
        assertThat(session.getString("status")).isEqualTo("SCHEDULED");
        assertThat(session.getString("type")).isEqualTo("text");
        assertThat(Instant.parse(session.getString("start"))).isEqualTo(start);
        assertThat(Instant.parse(session.getString("end"))).isEqualTo(start.plus(Duration.ofMinutes(45)));
        assertThat(session.getString("you")).isEqualTo("USER");
        assertThat(session.getJsonObject("friend").getString("id")).isEqualTo(friend.id());
        assertThat(session.getString("conversationId")).isNotBlank();
        assertThat(fixture.count("select count(*) from conversation_members m join conversations c"
                + " on c.id = m.conversation_id where c.public_id = ?", session.getString("conversationId")))
                .isEqualTo(2);

        JsonObject asFriend = expect(200, fixture.get("/api/v1/sessions/" + id, friend));
        assertThat(asFriend.getString("you")).isEqualTo("FRIEND");
        List<String> friendsList = expect(200, fixture.get("/api/v1/sessions?status=scheduled", friend))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
        assertThat(friendsList).containsExactly(id);
        JsonObject calendar = expect(200, fixture.get("/api/v1/friends/me/calendar?from=" + start.minus(
                Duration.ofHours(2)) + "&to=" + start.plus(Duration.ofHours(2)), friend));
        assertThat(calendar.getJsonArray("sessions").getJsonObject(0).getString("id")).isEqualTo(id);
        assertThat(calendar.getJsonArray("free").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("end"), o -> o.getString("start"))
                .contains(org.assertj.core.groups.Tuple.tuple(start.minus(Duration.ofMinutes(10)).toString(),
                        start.minus(Duration.ofHours(2)).toString()));

        assertThat(fixture.count("select count(*) from notifications_outbox o join users u on u.id = o.user_id"
                + " where u.public_id = ? and o.kind = 'SESSION_BOOKED'", friend.id())).isEqualTo(1);
        assertThat(fixture.count("select count(*) from notifications_outbox where kind = 'SESSION_REMINDER'"
                + " and dedupe_key like ?", "session-reminder:" + id + ":%")).isEqualTo(4);
    }

    @Test
    void someoneElseCannotSeeOrActOnASession() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        Person stranger = fixture.user();
        String id = fixture.booked(user, friend, "text", daysAheadAt(3, 12), 30).getString("id");

        Problems.assertProblem(fixture.get("/api/v1/sessions/" + id, stranger), 404, "not-found");
        for (String action : List.of("cancel", "no-show", "call-token")) {
            Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/" + action, stranger, "{}"),
                    404, "not-found");
        }
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/reschedule", stranger,
                "{\"start\":\"" + daysAheadAt(4, 12) + "\"}"), 404, "not-found");
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/feedback", stranger,
                "{\"rating\":5,\"seeAgain\":\"sure\"}"), 404, "not-found");
        assertThat(expect(200, fixture.get("/api/v1/sessions", stranger)).getJsonArray("items")).isEmpty();
        assertThat(fixture.status(id)).isEqualTo("SCHEDULED");
    }

    @Test
    void outsideAvailabilityIsRefused() {
        Person friend = fixture.friend("""
                {"timeZone":"Asia/Tokyo","weekly":[{"day":"MONDAY","from":"09:00","to":"12:00"}]}""", 8);
        Person user = fixture.user();
        Instant monday9Tokyo = nextLocal("Asia/Tokyo", java.time.DayOfWeek.MONDAY, 9, 0);

        expect(201, fixture.book(user, friend, "text", monday9Tokyo.plus(Duration.ofHours(2)), 60));
        Problems.assertProblem(fixture.book(user, friend, "text", monday9Tokyo.plus(Duration.ofHours(24)), 30),
                409, "outside-availability");
        Problems.assertProblem(fixture.book(fixture.user(), friend, "text",
                monday9Tokyo.plus(Duration.ofMinutes(150)), 45), 409, "outside-availability");
    }

    @Test
    void invalidRequestsNameEveryBadField() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        Problem problem = Problems.assertProblem(fixture.send("POST", "/api/v1/sessions", user, """
                {"friendId":"nope","type":"hologram","start":"tomorrow","durationMinutes":0}"""), 400, "validation");
        assertThat(problem.fields()).containsExactlyInAnyOrder("friendId", "type", "start", "durationMinutes");

        assertThat(Problems.assertProblem(fixture.book(user, friend, "text", daysAheadAt(2, 10), 25), 400,
                "validation").fields()).containsExactly("durationMinutes");
        assertThat(Problems.assertProblem(fixture.book(user, friend, "text",
                daysAheadAt(2, 10).plusSeconds(60), 30), 400, "validation").fields()).containsExactly("start");
        assertThat(Problems.assertProblem(fixture.book(user, friend, "text",
                Instant.now().plus(Duration.ofDays(500)), 30), 400, "validation").fields()).contains("start");
        assertThat(Problems.assertProblem(fixture.book(user, user, "text", daysAheadAt(2, 10), 30), 400,
                "validation").fields()).containsExactly("friendId");
        assertThat(Problems.assertProblem(fixture.book(user, fixture.user(), "text", daysAheadAt(2, 10), 30), 404,
                "not-found").detail()).contains("Friend");
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions", user, "{}"), 400, "validation");
        assertThat(Problems.assertProblem(fixture.book(user, friend, "text", daysAheadAt(2, 10), 30,
                "Idempotency-Key", " "), 400, "validation").fields()).containsExactly("Idempotency-Key");
        assertThat(fixture.count("select count(*) from chat_sessions s join users u on u.id = s.user_id"
                + " where u.public_id = ?", user.id())).isZero();
    }

    @Test
    void minimumNoticeIsEnforced() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        Instant tooSoon = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 300 * 300);

        Problem problem = Problems.assertProblem(fixture.book(user, friend, "text", tooSoon, 30), 400, "validation");
        assertThat(problem.errors()).anySatisfy(e -> assertThat(e.message()).contains("minimum notice"));
        expect(201, fixture.book(user, friend, "text", startIn(Duration.ofMinutes(2)), 30));
    }

    @Test
    void theFriendsBufferKeepsTimeFreeAfterEachSession() {
        Person friend = fixture.friend();
        Instant start = daysAheadAt(5, 10);
        fixture.booked(fixture.user(), friend, "text", start, 30);

        Person second = fixture.user();
        Problems.assertProblem(fixture.book(second, friend, "text", start.plus(Duration.ofMinutes(35)), 30), 409,
                "slot-unavailable");
        Problems.assertProblem(fixture.book(second, friend, "text", start.minus(Duration.ofMinutes(35)), 30), 409,
                "slot-unavailable");
        expect(201, fixture.book(second, friend, "text", start.plus(Duration.ofMinutes(40)), 30));
        expect(201, fixture.book(fixture.user(), friend, "text", start.minus(Duration.ofMinutes(40)), 30));
    }

    @Test
    void theFriendsDailyCapCountsTheirOwnDay() {
        Person friend = fixture.friend(SessionsFixture.alwaysIn("America/Los_Angeles"), 2);
        Instant morning = nextLocal("America/Los_Angeles", java.time.DayOfWeek.WEDNESDAY, 8, 0);
        fixture.booked(fixture.user(), friend, "text", morning, 30);
        fixture.booked(fixture.user(), friend, "text", morning.plus(Duration.ofHours(3)), 30);

        Problems.assertProblem(fixture.book(fixture.user(), friend, "text", morning.plus(Duration.ofHours(15)),
                30), 409, "friend-fully-booked");
        // 23:30 Los Angeles is already the next day in UTC, but the same day for the Friend.
        Problems.assertProblem(fixture.book(fixture.user(), friend, "text",
                morning.plus(Duration.ofMinutes(15 * 60 + 30)), 30), 409, "friend-fully-booked");
        expect(201, fixture.book(fixture.user(), friend, "text", morning.plus(Duration.ofHours(16)), 30));
    }

    @Test
    void aUserCannotBeInTwoSessionsAtOnce() {
        Person user = fixture.user();
        Instant start = daysAheadAt(6, 9);
        fixture.booked(user, fixture.friend(), "text", start, 60);

        Problem problem = Problems.assertProblem(fixture.book(user, fixture.friend(), "text",
                start.plus(Duration.ofMinutes(30)), 30), 409, "slot-unavailable");
        assertThat(problem.detail()).contains("You already have a session");
    }

    @Test
    void aFriendWhoAlsoBooksIsNeverInTwoSessionsAtOnce() throws Exception {
        Person friend = fixture.friend();
        Person other = fixture.friend();
        Instant start = daysAheadAt(8, 10);
        fixture.booked(fixture.user(), friend, "text", start, 30);

        // Booked as a Friend from 10:00 (free again at 10:40 after the buffer), they cannot book as a user then.
        assertThat(Problems.assertProblem(fixture.book(friend, other, "text", start.plus(Duration.ofMinutes(15)), 30),
                409, "slot-unavailable").detail()).contains("You already have a session");
        Problems.assertProblem(fixture.book(friend, other, "text", start.plus(Duration.ofMinutes(35)), 30), 409,
                "slot-unavailable");
        Instant asUserAt = start.plus(Duration.ofHours(2));
        String asUser = fixture.booked(friend, other, "text", asUserAt, 30).getString("id");

        // Booked as a user from 12:00 to 12:30, nobody can book them as a Friend then (nor ending inside their buffer).
        JsonObject slots = expect(200, fixture.get("/api/v1/friends/" + friend.id() + "/slots?from="
                + start.plus(Duration.ofHours(1)) + "&to=" + start.plus(Duration.ofHours(3)), fixture.user()));
        assertThat(slots.getJsonArray("free").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("start") + "/" + o.getString("end"))
                .containsExactly(start.plus(Duration.ofHours(1)) + "/" + asUserAt.minus(Duration.ofMinutes(10)),
                        asUserAt.plus(Duration.ofMinutes(30)) + "/" + start.plus(Duration.ofHours(3)));
        Problems.assertProblem(fixture.book(fixture.user(), friend, "text", asUserAt.minus(Duration.ofMinutes(30)),
                30), 409, "slot-unavailable");
        expect(201, fixture.book(fixture.user(), friend, "text", asUserAt.plus(Duration.ofMinutes(30)), 30));

        // The database itself refuses the clash (what parallel requests, each passing the checks, would meet).
        try (java.sql.Connection c = fixture.connect(); java.sql.PreparedStatement move = c.prepareStatement(
                "update chat_sessions set starts_at = ?, ends_at = ?, busy_until = ? where public_id = ?")) {
            move.setObject(1, start.plus(Duration.ofMinutes(15)).atOffset(java.time.ZoneOffset.UTC));
            move.setObject(2, start.plus(Duration.ofMinutes(45)).atOffset(java.time.ZoneOffset.UTC));
            move.setObject(3, start.plus(Duration.ofMinutes(55)).atOffset(java.time.ZoneOffset.UTC));
            move.setString(4, asUser);
            org.assertj.core.api.Assertions.assertThatThrownBy(move::executeUpdate)
                    .isInstanceOfSatisfying(java.sql.SQLException.class,
                            e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("23P01"));
        }
    }

    @Test
    void rescheduleBeforeTheWindowMovesTheSessionAndAfterItIsRefused() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        String early = fixture.booked(user, friend, "text", daysAheadAt(4, 10), 30).getString("id");
        Instant newStart = daysAheadAt(4, 15);

        JsonObject moved = expect(200, fixture.send("POST", "/api/v1/sessions/" + early + "/reschedule", friend,
                "{\"start\":\"" + newStart + "\",\"durationMinutes\":60}"));
        assertThat(Instant.parse(moved.getString("start"))).isEqualTo(newStart);
        assertThat(moved.getInt("durationMinutes")).isEqualTo(60);
        assertThat(moved.getInt("rescheduleCount")).isEqualTo(1);
        expect(201, fixture.book(fixture.user(), friend, "text", daysAheadAt(4, 10), 30));

        String soon = fixture.booked(user, friend, "text", startIn(Duration.ofHours(3)), 30).getString("id");
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + soon + "/reschedule", user,
                "{\"start\":\"" + daysAheadAt(8, 10) + "\"}"), 409, "too-late-to-reschedule");
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + early + "/reschedule", user,
                "{\"start\":\"soon\"}"), 400, "validation");
    }

    @Test
    void cancellingInsideTheWindowIsLateAndOutsideItIsNotAndFreesTheSlot() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        Instant later = daysAheadAt(7, 11);
        String relaxed = fixture.booked(user, friend, "text", later, 30).getString("id");
        String soon = fixture.booked(user, friend, "text", startIn(Duration.ofHours(2)), 30).getString("id");

        JsonObject onTime = expect(200, fixture.send("POST", "/api/v1/sessions/" + relaxed + "/cancel", user,
                "{\"reason\":\"Something came up\"}"));
        assertThat(onTime.getString("status")).isEqualTo("CANCELLED");
        assertThat(onTime.getJsonObject("cancellation").getBoolean("late")).isFalse();
        assertThat(onTime.getJsonObject("cancellation").getString("by")).isEqualTo("USER");
        JsonObject late = expect(200, fixture.send("POST", "/api/v1/sessions/" + soon + "/cancel", friend, null));
        assertThat(late.getJsonObject("cancellation").getBoolean("late")).isTrue();
        assertThat(late.getJsonObject("cancellation").getString("by")).isEqualTo("FRIEND");

        expect(201, fixture.book(fixture.user(), friend, "text", later, 30));
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + relaxed + "/cancel", user, null), 409,
                "invalid-session-state");
        assertThat(fixture.count("select count(*) from notifications_outbox where kind = 'SESSION_REMINDER'"
                + " and delivered_at is null and dedupe_key like ?", "session-reminder:" + relaxed + ":%")).isZero();
    }

    @Test
    void aNoShowCanBeReportedOnlyAfterTheStartPlusGrace() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        String id = fixture.booked(user, friend, "video", startIn(Duration.ofMinutes(2)), 30).getString("id");

        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/no-show", user, null), 409,
                "too-early-for-no-show");
        fixture.timePasses(id, Duration.ofMinutes(20));
        JsonObject reported = expect(200, fixture.send("POST", "/api/v1/sessions/" + id + "/no-show", user, null));

        assertThat(reported.getString("status")).isEqualTo("NO_SHOW");
        assertThat(reported.getJsonObject("noShow").getString("absent")).isEqualTo("FRIEND");
        assertThat(reported.getJsonObject("noShow").getString("reportedBy")).isEqualTo("USER");
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/no-show", friend, null), 409,
                "invalid-session-state");
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameBookingAndRefusesADifferentOne() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        String key = SessionsFixture.newKey();
        Instant start = daysAheadAt(9, 14);

        HttpResponse<String> first = fixture.book(user, friend, "text", start, 30, "Idempotency-Key", key);
        HttpResponse<String> again = fixture.book(user, friend, "text", start, 30, "Idempotency-Key", key);

        assertThat(expect(201, again).getString("id")).isEqualTo(expect(201, first).getString("id"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        Problems.assertProblem(fixture.book(user, friend, "text", start.plus(Duration.ofHours(2)), 30,
                "Idempotency-Key", key), 422, "idempotency-key-reused");
        assertThat(fixture.count("select count(*) from chat_sessions s join users u on u.id = s.user_id"
                + " where u.public_id = ?", user.id())).isEqualTo(1);
    }

    @Test
    void typesTheFriendDoesNotOfferOrThePlanDoesNotAllowAreRefused() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        fixture.send("PUT", "/api/v1/friends/me/profile", friend, """
                {"bio":"Text only.","languages":["en"],"interests":["books"],"sessionTypes":["text"],
                 "priceTier":"STANDARD","acceptingNew":true,"maxSessionsPerDay":4}""");

        assertThat(Problems.assertProblem(fixture.book(user, friend, "video", daysAheadAt(3, 16), 30), 400,
                "validation").fields()).containsExactly("type");
    }

    @Test
    void membersSeeAFriendsFreeSlotsButNotTheirSessions() {
        Person friend = fixture.friend();
        Instant start = daysAheadAt(10, 12);
        fixture.booked(fixture.user(), friend, "text", start, 60);

        JsonObject slots = expect(200, fixture.get("/api/v1/friends/" + friend.id() + "/slots?from="
                + start.minus(Duration.ofHours(1)) + "&to=" + start.plus(Duration.ofHours(3)), fixture.user()));

        assertThat(slots.getJsonArray("free").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("start") + "/" + o.getString("end"))
                .containsExactly(start.minus(Duration.ofHours(1)) + "/" + start.minus(Duration.ofMinutes(10)),
                        start.plus(Duration.ofMinutes(70)) + "/" + start.plus(Duration.ofHours(3)));
        assertThat(slots.getInt("startStepMinutes")).isEqualTo(5);
        assertThat(slots.getJsonArray("durationsMinutes").getValuesAs(jakarta.json.JsonNumber.class))
                .extracting(jakarta.json.JsonNumber::intValue).containsExactly(30, 45, 60, 90);
        assertThat(slots.containsKey("sessions")).isFalse();
        Problems.assertProblem(fixture.get("/api/v1/friends/" + friend.id() + "/slots?from=" + start + "&to="
                + start.plus(Duration.ofDays(90)), fixture.user()), 400, "validation");
        Problems.assertProblem(fixture.get("/api/v1/friends/me/calendar", fixture.user()), 403, "forbidden");
    }

    @Test
    void numbersAndTimesOutOfRangeAndMisshapenBodiesAreTheClientsMistake() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        String id = fixture.booked(user, friend, "text", daysAheadAt(5, 10), 30).getString("id");
        String farOff = "%2B999999999-12-01T00:00:00Z";

        // 4294967326 = 2^32 + 30 and 4294967301 = 2^32 + 5: bound to an int they became a 30-minute booking and a
        // five-star rating.
        assertThat(Problems.assertProblem(fixture.send("POST", "/api/v1/sessions", user, SessionsFixture.bookingJson(
                friend, "text", daysAheadAt(5, 14).toString(), 30).replace(":30}", ":4294967326}")), 400,
                "validation").fields()).containsExactly("durationMinutes");
        assertThat(Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/reschedule", user,
                "{\"start\":\"" + daysAheadAt(5, 14) + "\",\"durationMinutes\":30.5}"), 400, "validation").fields())
                .containsExactly("durationMinutes");
        assertThat(Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/feedback", user,
                "{\"rating\":4294967301,\"seeAgain\":\"sure\"}"), 400, "validation").fields())
                .containsExactly("rating");
        assertThat(expect(200, fixture.get("/api/v1/sessions/" + id, user)).getInt("durationMinutes")).isEqualTo(30);
        assertThat(fixture.count("select count(*) from chat_sessions s join users u on u.id = s.user_id"
                + " where u.public_id = ?", user.id())).isEqualTo(1);

        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions", user, "[]"), 400, "malformed-request");
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/reschedule", user, "[1]"), 400,
                "malformed-request");
        assertThat(Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/reschedule", user, ""),
                400, "validation").fields()).isNotEmpty();

        assertThat(Problems.assertProblem(fixture.get("/api/v1/sessions?from=" + farOff, user), 400, "validation")
                .fields()).containsExactly("from");
        assertThat(Problems.assertProblem(fixture.get("/api/v1/sessions?from=" + daysAheadAt(6, 0) + "&to="
                + daysAheadAt(5, 0), user), 400, "validation").fields()).containsExactly("to");
        assertThat(Problems.assertProblem(fixture.get("/api/v1/friends/me/calendar?from=" + farOff
                + "&to=%2B999999999-12-31T00:00:00Z", friend), 400, "validation").fields())
                .containsExactlyInAnyOrder("from", "to");
        assertThat(Problems.assertProblem(fixture.get("/api/v1/friends/" + friend.id() + "/slots?from=" + farOff,
                user), 400, "validation").fields()).containsExactly("from");
    }

    @Test
    void aFriendWhoBlockedSomeoneIsNeitherBookableNorVisibleToThem() {
        Person friend = fixture.friend();
        Person blocked = fixture.user();
        fixture.execute("insert into user_blocks (blocker_id, blocked_id, created_at) select f.id, u.id, now()"
                + " from users f, users u where f.public_id = ? and u.public_id = ?", friend.id(), blocked.id());

        Problems.assertProblem(fixture.book(blocked, friend, "text", daysAheadAt(3, 13), 30), 403, "forbidden");
        Problems.assertProblem(fixture.get("/api/v1/friends/" + friend.id() + "/slots", blocked), 404, "not-found");
        expect(200, fixture.get("/api/v1/friends/" + friend.id() + "/slots", fixture.user()));
    }

    /** The next {@code day} at {@code hour:minute} in {@code zone}, at least two days from now. */
    static Instant nextLocal(String zone, java.time.DayOfWeek day, int hour, int minute) {
        java.time.ZonedDateTime at = java.time.ZonedDateTime.now(java.time.ZoneId.of(zone)).plusDays(2)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(day))
                .withHour(hour).withMinute(minute).withSecond(0).withNano(0);
        return at.toInstant();
    }

    static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
