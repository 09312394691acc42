package io.humanlink.web.api.sessions;

import java.time.Instant;
import java.util.List;

/** A Friend's own calendar for [from, to): their sessions and the time still free to book. */
public record CalendarResponse(Instant from, Instant to, String timeZone, List<SessionResponse> sessions,
                               List<FreeWindowResponse> free) {
}
