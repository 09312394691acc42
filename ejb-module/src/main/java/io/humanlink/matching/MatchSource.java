package io.humanlink.matching;

/** What made a proposal: the nightly job, the user (questionnaire saved, re-match), or the retention job. */
public enum MatchSource {
    NIGHTLY, ON_DEMAND, RETENTION
}
