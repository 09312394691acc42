package io.humanlink.matching;

/** Why a Friend is not proposed to a seeker at all (the hard filters), checked before any scoring. */
public enum Ineligibility {
    SELF,
    EXCLUDED,
    NO_SHARED_LANGUAGE,
    NO_SHARED_SESSION_TYPE,
    NO_AVAILABILITY_OVERLAP,
    NOT_ACCEPTING,
    AT_CAPACITY
}
