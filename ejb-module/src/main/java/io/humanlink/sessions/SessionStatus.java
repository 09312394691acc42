package io.humanlink.sessions;

import java.util.Set;

/**
 * Where a session is in its life: SCHEDULED → LIVE → COMPLETED, or CANCELLED (before it starts) or NO_SHOW. Only
 * SCHEDULED and LIVE sessions hold the participants' time.
 */
public enum SessionStatus {
    SCHEDULED, LIVE, COMPLETED, CANCELLED, NO_SHOW;

    public static final Set<SessionStatus> HOLDING_TIME = Set.of(SCHEDULED, LIVE);

    public boolean holdsTime() {
        return HOLDING_TIME.contains(this);
    }
}
