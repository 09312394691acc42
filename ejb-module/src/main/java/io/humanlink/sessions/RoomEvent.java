package io.humanlink.sessions;

import java.time.Instant;

/**
 * Something that happened in a session's call room, as reported by the video provider's status callback, already
 * verified and translated out of the vendor's vocabulary.
 *
 * @param eventKey    identifies the report, so a replayed callback is recognised and ignored
 * @param roomName    {@code session-<session public id>}
 * @param kind        what happened
 * @param identity    the participant's identity (the user's public id) for participant events, else null
 * @param occurredAt  when it happened according to the provider
 * @param durationSeconds for {@link Kind#ROOM_ENDED}, how long the room was open (null when not reported)
 */
public record RoomEvent(String eventKey, String roomName, Kind kind, String identity, Instant occurredAt,
                        Long durationSeconds) {

    public enum Kind { ROOM_STARTED, ROOM_ENDED, PARTICIPANT_JOINED, PARTICIPANT_LEFT, OTHER }
}
