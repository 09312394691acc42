package io.humanlink.sessions;

import java.time.ZoneId;
import java.util.List;

/** A Friend's sessions in a range and the time still free to book in it; {@code zone} is the Friend's. */
public record FriendCalendar(ZoneId zone, List<ChatSession> sessions, List<TimeWindow> free) {
}
