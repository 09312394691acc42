package io.humanlink.matching;

/**
 * The hot loop of matching: every Friend of the pool through the hard filters and the score (with the seeker's own
 * feedback on that Friend), keeping the best K.
 * Pure and allocation-free per pair, so the nightly job and the benchmark's bare loop run exactly the same code.
 */
public final class ProposalRanker {

    private final MatchScorer scorer;
    private final int friendCapacity;
    private final int k;

    public ProposalRanker(MatchScorer scorer, int friendCapacity, int k) {
        this.scorer = scorer;
        this.friendCapacity = friendCapacity;
        this.k = k;
    }

    /** Indexes into {@code pool.friends()} of the best eligible Friends, best first (at most K). */
    public int[] rank(Seeker seeker, FriendPool pool) {
        TopK best = new TopK(k);
        MatchFacts[] friends = pool.friends();
        for (int i = 0; i < friends.length; i++) {
            if (scorer.ineligibility(seeker, friends[i], friendCapacity) == null) {
                best.offer(scorer.score(seeker, friends[i]), i);
            }
        }
        return best.indexes();
    }

    public MatchScorer scorer() {
        return scorer;
    }
}
