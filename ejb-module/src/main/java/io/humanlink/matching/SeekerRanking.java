package io.humanlink.matching;

/**
 * The nightly job's answer for one seeker: the Friends to propose, best first (ids, possibly none: an empty ranking
 * still replaces a stale set). Only who; why is written when the seeker looks ({@link PendingProposals}).
 */
public record SeekerRanking(long userId, long[] friendIds) {
}
