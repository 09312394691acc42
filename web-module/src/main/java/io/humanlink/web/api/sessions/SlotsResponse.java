package io.humanlink.web.api.sessions;

import java.time.Instant;
import java.util.List;

/**
 * When a Friend can be booked in [from, to): free windows, the lengths one may book and the step starts fall on
 * (a session fits a window when it starts on a step and ends by the window's end).
 */
public record SlotsResponse(Instant from, Instant to, String timeZone, List<Integer> durationsMinutes,
                            int startStepMinutes, List<FreeWindowResponse> free) {
}
