package io.humanlink.matching;

/** PROPOSED → ACCEPTED (the current match) → ENDED; or PROPOSED → DECLINED. A user has at most one ACCEPTED match. */
public enum MatchStatus {
    PROPOSED, ACCEPTED, DECLINED, ENDED
}
