package io.humanlink.web.api.sessions;

import io.humanlink.sessions.TimeWindow;
import java.time.Instant;
import java.time.ZoneId;

/** Bookable time [start, end), as instants and in the Friend's zone. */
public record FreeWindowResponse(Instant start, Instant end, String localStart, String localEnd) {

    static FreeWindowResponse of(TimeWindow window, ZoneId zone) {
        return new FreeWindowResponse(window.start(), window.end(),
                window.start().atZone(zone).toOffsetDateTime().toString(),
                window.end().atZone(zone).toOffsetDateTime().toString());
    }
}
