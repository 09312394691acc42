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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A video session driven by Twilio's signed room callbacks (started, participants joined, ended with its duration),
 * callbacks with tampered or missing signatures refused, then feedback: once per participant, only after completion,
 * feeding the Friend's rating, the managers' quality signals and matching's "never again".
 */
@HumanLinkIT
class CallLifecycleAndFeedbackIT {

    private final SessionsFixture fixture;
    private final TwilioCallbacks twilio;

    CallLifecycleAndFeedbackIT(AppUnderTest app) {
        this.fixture = new SessionsFixture(app);
        this.twilio = new TwilioCallbacks(app);
    }

    @Test
    void signedRoomCallbacksRecordTheCallAndBadSignaturesChangeNothing() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        String id = fixture.booked(user, friend, "video", startIn(Duration.ofMinutes(2)), 30).getString("id");
        String room = "RM" + UUID.randomUUID().toString().replace("-", "");
        Instant opened = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        Map<String, String> created = TwilioCallbacks.roomEvent("room-created", id, room, 0, opened.toString());
        Map<String, String> tampered = new HashMap<>(created);
        tampered.put("RoomName", "session-" + UUID.randomUUID());
        Problems.assertProblem(twilio.post(tampered, TwilioCallbacks.sign(twilio.url(), created)), 403,
                "invalid-signature");
        Problems.assertProblem(twilio.post(created, null), 403, "invalid-signature");
        Problems.assertProblem(twilio.post(created, TwilioCallbacks.sign("https://evil.example/hook", created)), 403,
                "invalid-signature");
        assertThat(fixture.status(id)).isEqualTo("SCHEDULED");

        assertThat(twilio.postSigned(created).statusCode()).isEqualTo(204);
        assertThat(twilio.postSigned(created).statusCode()).isEqualTo(204);
        assertThat(fixture.status(id)).isEqualTo("LIVE");
        joined(id, room, user, 1, opened.plusSeconds(5));
        joined(id, room, friend, 2, opened.plusSeconds(9));
        Map<String, String> ended = TwilioCallbacks.roomEvent("room-ended", id, room, 3,
                opened.plusSeconds(1500).toString());
        ended.put("RoomDuration", "1500");
        assertThat(twilio.postSigned(ended).statusCode()).isEqualTo(204);

        JsonObject session = expect(200, fixture.get("/api/v1/sessions/" + id, user));
        assertThat(session.getString("status")).isEqualTo("COMPLETED");
        assertThat(session.getJsonNumber("actualDurationSeconds").longValue()).isEqualTo(1500);
        assertThat(Instant.parse(session.getString("actualStart"))).isEqualTo(opened);
        assertThat(Instant.parse(session.getString("actualEnd"))).isEqualTo(opened.plusSeconds(1500));
        assertThat(fixture.count("select count(*) from processed_webhook_events where event_id like ?",
                room + ":%")).isEqualTo(4);
        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/no-show", user, null), 409,
                "invalid-session-state");

        Map<String, String> garbled = TwilioCallbacks.roomEvent("room-ended", id, room, 4, "yesterday");
        Problem problem = Problems.assertProblem(twilio.postSigned(garbled), 400, "validation");
        assertThat(problem.fields()).containsExactly("Timestamp");
    }

    @Test
    void aRoomThatEmptiesBeforeTheStartLeavesTheSessionOpenForTheCall() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        // Within the 10 minutes before the start in which call tokens are given (the step rounds up to 5 more).
        Instant start = startIn(Duration.ofMinutes(2));
        String id = fixture.booked(user, friend, "video", start, 30).getString("id");
        String early = "RM" + UUID.randomUUID().toString().replace("-", "");
        Instant tried = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        // The user tries the camera before the start, leaves, and Twilio closes the empty room.
        assertThat(twilio.postSigned(TwilioCallbacks.roomEvent("room-created", id, early, 0, tried.toString()))
                .statusCode()).isEqualTo(204);
        joined(id, early, user, 1, tried);
        Map<String, String> emptied = TwilioCallbacks.roomEvent("room-ended", id, early, 2,
                tried.plusSeconds(90).toString());
        emptied.put("RoomDuration", "90");
        assertThat(twilio.postSigned(emptied).statusCode()).isEqualTo(204);

        assertThat(fixture.status(id)).isEqualTo("LIVE");
        expect(200, fixture.send("POST", "/api/v1/sessions/" + id + "/call-token", friend, null));

        String real = "RM" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> ended = TwilioCallbacks.roomEvent("room-ended", id, real, 1,
                start.plusSeconds(1500).toString());
        ended.put("RoomDuration", "1560");
        assertThat(twilio.postSigned(ended).statusCode()).isEqualTo(204);
        JsonObject session = expect(200, fixture.get("/api/v1/sessions/" + id, user));
        assertThat(session.getString("status")).isEqualTo("COMPLETED");
        assertThat(session.getJsonNumber("actualDurationSeconds").longValue()).isEqualTo(1560);
    }

    @Test
    void aPresentParticipantCannotBeReportedAbsent() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        String id = fixture.booked(user, friend, "voice", startIn(Duration.ofMinutes(2)), 30).getString("id");
        String room = "RM" + UUID.randomUUID().toString().replace("-", "");
        joined(id, room, friend, 1, Instant.now());
        fixture.timePasses(id, Duration.ofMinutes(20));

        Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/no-show", user, null), 409,
                "participant-was-present");
        JsonObject reported = expect(200, fixture.send("POST", "/api/v1/sessions/" + id + "/no-show", friend, null));
        assertThat(reported.getJsonObject("noShow").getString("absent")).isEqualTo("USER");
    }

    @Test
    void feedbackIsTakenOncePerParticipantAfterCompletionAndFeedsRatingsSignalsAndMatching() {
        Person friend = fixture.friend();
        Person user = fixture.user();
        Instant start = daysAheadAt(2, 9);
        String id = fixture.booked(user, friend, "text", start, 30).getString("id");

        Problems.assertProblem(feedback(user, id, 4, "sure"), 409, "session-not-completed");
        fixture.timePasses(id, Duration.between(Instant.now(), start).plus(Duration.ofMinutes(31)));
        fixture.awaitStatus(id, "COMPLETED");

        Problem invalid = Problems.assertProblem(fixture.send("POST", "/api/v1/sessions/" + id + "/feedback", user,
                "{\"rating\":7,\"seeAgain\":\"maybe\"}"), 400, "validation");
        assertThat(invalid.fields()).containsExactlyInAnyOrder("rating", "seeAgain");
        Problems.assertProblem(feedback(fixture.user(), id, 5, "sure"), 404, "not-found");

        JsonObject given = expect(201, feedback(user, id, 2, "never"));
        assertThat(given.getString("author")).isEqualTo("USER");
        Problems.assertProblem(feedback(user, id, 5, "prioritise"), 409, "feedback-already-given");
        assertThat(expect(201, feedback(friend, id, 5, "sure")).getString("author")).isEqualTo("FRIEND");

        JsonObject rating = expect(200, fixture.get("/api/v1/friends/" + friend.id(), user)).getJsonObject("rating");
        assertThat(rating.getInt("count")).isEqualTo(1);
        assertThat(fixture.count("select count(*) from quality_signals q join users s on s.id = q.subject_id"
                + " where s.public_id = ?", friend.id())).isEqualTo(2);
        assertThat(fixture.count("select count(*) from match_exclusions e join users u on u.id = e.user_id"
                + " join users f on f.id = e.friend_id where u.public_id = ? and f.public_id = ?", user.id(),
                friend.id())).isEqualTo(1);
    }

    private HttpResponse<String> feedback(Person who, String sessionId, int rating, String seeAgain) {
        return fixture.send("POST", "/api/v1/sessions/" + sessionId + "/feedback", who,
                "{\"rating\":%d,\"comment\":\"Thanks.\",\"seeAgain\":\"%s\"}".formatted(rating, seeAgain));
    }

    private void joined(String sessionId, String room, Person who, int sequence, Instant at) {
        Map<String, String> event = TwilioCallbacks.roomEvent("participant-connected", sessionId, room, sequence,
                at.toString());
        event.put("ParticipantSid", "PA" + UUID.randomUUID().toString().replace("-", ""));
        event.put("ParticipantIdentity", who.id());
        assertThat(twilio.postSigned(event).statusCode()).isEqualTo(204);
    }
}
