package io.humanlink.sessions;

/** Where verified room events go: the session lifecycle records them (at most once per {@link RoomEvent#eventKey}). */
public interface RoomEvents {

    /** Records the event; a replay of an event already recorded changes nothing. */
    void record(RoomEvent event);
}
