package io.humanlink.sessions.twilio;

import io.humanlink.platform.DomainException;
import io.humanlink.sessions.RoomEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Translates a Twilio Video room status callback (form parameters, already signature-checked) into a {@link RoomEvent}.
 * The event key is {@code RoomSid:StatusCallbackEvent:ParticipantSid:SequenceNumber}: Twilio retries a callback with
 * the same values, so a retry yields the same key and is recorded once. Events we do not act on (tracks, recordings)
 * become {@link RoomEvent.Kind#OTHER} rather than errors, so Twilio does not keep retrying them.
 */
@ApplicationScoped
public class TwilioRoomCallbacks {

    static final String EVENT = "StatusCallbackEvent";
    static final String ROOM_NAME = "RoomName";
    static final String ROOM_SID = "RoomSid";
    static final String PARTICIPANT_SID = "ParticipantSid";
    static final String PARTICIPANT_IDENTITY = "ParticipantIdentity";
    static final String TIMESTAMP = "Timestamp";
    static final String ROOM_DURATION = "RoomDuration";
    static final String SEQUENCE_NUMBER = "SequenceNumber";

    /** Refuses (400 validation naming the parameter) a callback without the parameters every room event carries. */
    public RoomEvent translate(Map<String, List<String>> form) {
        String event = required(form, EVENT);
        RoomEvent.Kind kind = kindOf(event);
        String roomSid = required(form, ROOM_SID);
        String roomName = required(form, ROOM_NAME);
        Instant occurredAt = timestamp(required(form, TIMESTAMP));
        long sequence = wholeNumber(required(form, SEQUENCE_NUMBER), SEQUENCE_NUMBER);
        boolean participantEvent = kind == RoomEvent.Kind.PARTICIPANT_JOINED || kind == RoomEvent.Kind.PARTICIPANT_LEFT;
        String participantSid = participantEvent ? required(form, PARTICIPANT_SID) : optional(form, PARTICIPANT_SID);
        String identity = participantEvent ? required(form, PARTICIPANT_IDENTITY) : null;
        String duration = kind == RoomEvent.Kind.ROOM_ENDED ? optional(form, ROOM_DURATION) : null;
        Long durationSeconds = duration == null ? null : wholeNumber(duration, ROOM_DURATION);
        String eventKey = roomSid + ":" + event + ":" + (participantSid == null ? "" : participantSid) + ":" + sequence;
        return new RoomEvent(eventKey, roomName, kind, identity, occurredAt, durationSeconds);
    }

    static RoomEvent.Kind kindOf(String event) {
        return switch (event) {
            case "room-created" -> RoomEvent.Kind.ROOM_STARTED;
            case "room-ended" -> RoomEvent.Kind.ROOM_ENDED;
            case "participant-connected" -> RoomEvent.Kind.PARTICIPANT_JOINED;
            case "participant-disconnected" -> RoomEvent.Kind.PARTICIPANT_LEFT;
            default -> RoomEvent.Kind.OTHER;
        };
    }

    /**
     * Twilio documents the room callback's {@code Timestamp} as UTC ISO 8601; its older callbacks (Voice, Messaging)
     * use RFC 2822 dates, so that form is accepted too rather than bouncing a genuine event.
     */
    static Instant timestamp(String value) {
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                return OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException notRfc2822) {
                throw DomainException.validation(TIMESTAMP, "must be an ISO 8601 or RFC 2822 date-time");
            }
        }
    }

    private static long wholeNumber(String value, String parameter) {
        try {
            long number = Long.parseLong(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException garbled) {
            // reported below
        }
        throw DomainException.validation(parameter, "must be a whole number of at least 0");
    }

    private static String required(Map<String, List<String>> form, String parameter) {
        String value = optional(form, parameter);
        if (value == null) {
            throw DomainException.validation(parameter, "is required");
        }
        return value;
    }

    /** The parameter's one value, or null when absent or blank; a repeated parameter is garbled input. */
    private static String optional(Map<String, List<String>> form, String parameter) {
        List<String> values = form == null ? null : form.get(parameter);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw DomainException.validation(parameter, "must be given once");
        }
        String value = values.get(0);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
