package io.humanlink.matching;

/** A Friend proposed to a seeker, at a rank, with the explanation of its score. */
public record Proposal(long friendId, int rank, ScoreBreakdown breakdown) {
}
