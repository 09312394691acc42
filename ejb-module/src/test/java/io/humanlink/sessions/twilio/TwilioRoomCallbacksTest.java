package io.humanlink.sessions.twilio;

import static io.humanlink.sessions.twilio.TwilioFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.sessions.RoomEvent;
import io.humanlink.sessions.RoomEvent.Kind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TwilioRoomCallbacksTest {

    private static final String ROOM_SID = "RM0123456789abcdef0123456789abcdef";
    private static final String PARTICIPANT_SID = "PA0123456789abcdef0123456789abcdef";
    private static final String ROOM = "session-3b0f7a9c-1e2d-4f5a-8b6c-7d8e9f0a1b2c";
    private static final String IDENTITY = "6f1c2f0e-8d3a-4c55-9a7e-0d6f3f8b2a11";

    private final TwilioRoomCallbacks callbacks = new TwilioRoomCallbacks();

    @Test
    void roomCreatedStartsTheRoom() {
        RoomEvent event = callbacks.translate(room("room-created", "0"));

        assertThat(event).isEqualTo(new RoomEvent(ROOM_SID + ":room-created::0", ROOM, Kind.ROOM_STARTED, null,
                Instant.parse("2026-03-01T18:00:00.250Z"), null));
    }

    @Test
    void participantConnectedIsAJoinOfThatIdentity() {
        RoomEvent event = callbacks.translate(participant("participant-connected", "1"));

        assertThat(event.kind()).isEqualTo(Kind.PARTICIPANT_JOINED);
        assertThat(event.identity()).isEqualTo(IDENTITY);
        assertThat(event.roomName()).isEqualTo(ROOM);
        assertThat(event.eventKey()).isEqualTo(ROOM_SID + ":participant-connected:" + PARTICIPANT_SID + ":1");
        assertThat(event.durationSeconds()).isNull();
    }

    @Test
    void participantDisconnectedIsALeave() {
        RoomEvent event = callbacks.translate(participant("participant-disconnected", "7"));

        assertThat(event.kind()).isEqualTo(Kind.PARTICIPANT_LEFT);
        assertThat(event.identity()).isEqualTo(IDENTITY);
        assertThat(event.eventKey()).isEqualTo(ROOM_SID + ":participant-disconnected:" + PARTICIPANT_SID + ":7");
    }

    @Test
    void roomEndedCarriesHowLongTheRoomWasOpen() {
        Map<String, List<String>> form = room("room-ended", "12");
        form.put("RoomDuration", List.of("1805"));

        RoomEvent event = callbacks.translate(form);

        assertThat(event.kind()).isEqualTo(Kind.ROOM_ENDED);
        assertThat(event.durationSeconds()).isEqualTo(1805L);
        assertThat(event.eventKey()).isEqualTo(ROOM_SID + ":room-ended::12");
    }

    @Test
    void roomEndedWithoutDurationHasNone() {
        assertThat(callbacks.translate(room("room-ended", "12")).durationSeconds()).isNull();
    }

    @Test
    void trackAndRecordingEventsAreOtherWithTheirParticipantInTheKey() {
        RoomEvent event = callbacks.translate(participant("track-added", "4"));

        assertThat(event.kind()).isEqualTo(Kind.OTHER);
        assertThat(event.identity()).isNull();
        assertThat(event.eventKey()).isEqualTo(ROOM_SID + ":track-added:" + PARTICIPANT_SID + ":4");
    }

    @Test
    void sameCallbackSentAgainHasTheSameKey() {
        assertThat(callbacks.translate(participant("participant-connected", "1")).eventKey())
                .isEqualTo(callbacks.translate(participant("participant-connected", "1")).eventKey());
    }

    @Test
    void rfc2822TimestampIsAcceptedToo() {
        Map<String, List<String>> form = room("room-created", "0");
        form.put("Timestamp", List.of("Sun, 01 Mar 2026 18:00:00 +0000"));

        assertThat(callbacks.translate(form).occurredAt()).isEqualTo(Instant.parse("2026-03-01T18:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"StatusCallbackEvent", "RoomSid", "RoomName", "Timestamp", "SequenceNumber"})
    void missingParameterIsAValidationErrorNamingIt(String parameter) {
        Map<String, List<String>> form = participant("participant-connected", "1");
        form.remove(parameter);

        assertInvalid(form, parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ParticipantSid", "ParticipantIdentity"})
    void participantEventWithoutItsParticipantIsAValidationError(String parameter) {
        Map<String, List<String>> form = participant("participant-disconnected", "2");
        form.put(parameter, List.of(" "));

        assertInvalid(form, parameter);
    }

    @Test
    void garbledValuesAreValidationErrorsNamingTheParameter() {
        Map<String, List<String>> badTime = room("room-created", "0");
        badTime.put("Timestamp", List.of("yesterday"));
        assertInvalid(badTime, "Timestamp");

        assertInvalid(room("room-created", "three"), "SequenceNumber");
        assertInvalid(room("room-created", "-1"), "SequenceNumber");

        Map<String, List<String>> badDuration = room("room-ended", "5");
        badDuration.put("RoomDuration", List.of("1.5h"));
        assertInvalid(badDuration, "RoomDuration");

        Map<String, List<String>> repeated = room("room-created", "0");
        repeated.put("RoomSid", List.of(ROOM_SID, "RMffffffffffffffffffffffffffffffff"));
        assertInvalid(repeated, "RoomSid");
    }

    private void assertInvalid(Map<String, List<String>> form, String parameter) {
        assertThatThrownBy(() -> callbacks.translate(form)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.slug()).isEqualTo("validation");
            assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(parameter);
        });
    }

    private static Map<String, List<String>> room(String event, String sequenceNumber) {
        return new LinkedHashMap<>(form(
                "AccountSid", TwilioFixtures.ACCOUNT_SID,
                "StatusCallbackEvent", event,
                "RoomSid", ROOM_SID,
                "RoomName", ROOM,
                "RoomStatus", "in-progress",
                "RoomType", "group",
                "Timestamp", "2026-03-01T18:00:00.250Z",
                "SequenceNumber", sequenceNumber));
    }

    private static Map<String, List<String>> participant(String event, String sequenceNumber) {
        Map<String, List<String>> form = room(event, sequenceNumber);
        form.put("ParticipantSid", List.of(PARTICIPANT_SID));
        form.put("ParticipantIdentity", List.of(IDENTITY));
        form.put("ParticipantStatus", List.of(event.equals("participant-disconnected") ? "disconnected" : "connected"));
        return form;
    }
}
