package io.humanlink.sessions;

import java.util.Set;

/**
 * Where a session is in its life: PENDING_PAYMENT (a premium session until paid) → SCHEDULED → LIVE → COMPLETED, or
 * CANCELLED (before it starts, or an unpaid one released) or NO_SHOW. PENDING_PAYMENT, SCHEDULED and LIVE hold the
 * participants' time; only SCHEDULED and LIVE are booked for sure.
 */
public enum SessionStatus {
    PENDING_PAYMENT, SCHEDULED, LIVE, COMPLETED, CANCELLED, NO_SHOW;

    public static final Set<SessionStatus> HOLDING_TIME = Set.of(PENDING_PAYMENT, SCHEDULED, LIVE);

    /** Counted against a Friend's sessions per day. */
    public static final Set<SessionStatus> COUNTED_FOR_CAP = Set.of(PENDING_PAYMENT, SCHEDULED, LIVE, COMPLETED);

    public boolean holdsTime() {
        return HOLDING_TIME.contains(this);
    }

    /** Confirmed and not over: the session will happen or is happening. */
    public boolean isBooked() {
        return this == SCHEDULED || this == LIVE;
    }

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED || this == NO_SHOW;
    }
}
