package io.humanlink.sessions;

/** Which side of a session someone is on: the user who booked, or the Friend who was booked. */
public enum Party {
    USER, FRIEND;

    public Party other() {
        return this == USER ? FRIEND : USER;
    }
}
