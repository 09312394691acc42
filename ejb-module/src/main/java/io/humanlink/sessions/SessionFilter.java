package io.humanlink.sessions;

import java.time.Instant;
import java.util.Set;

/** Which of one's sessions to list: by status (empty = all) and by start in [from, to) (null = open). */
public record SessionFilter(Set<SessionStatus> statuses, Instant from, Instant to) {
}
