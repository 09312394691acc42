package io.humanlink.matching;

import java.util.Map;
import java.util.Set;

/**
 * A user looking for a Friend, with the Friends they must not be proposed: blocked either way, "never again",
 * their current Friend, and Friends of recently ended or declined matches (cool-down); and, by Friend id, their own
 * latest feedback on Friends where it moves the score (only those entries: most seekers have none).
 */
public record Seeker(MatchFacts facts, Set<Long> excludedFriendIds, Map<Long, PairFeedback> feedbackByFriend) {

    /** A seeker with no feedback that moves a score. */
    public Seeker(MatchFacts facts, Set<Long> excludedFriendIds) {
        this(facts, excludedFriendIds, Map.of());
    }

    /** The seeker's latest feedback on this Friend if it moves the score, else null. */
    public PairFeedback feedbackOn(long friendId) {
        return feedbackByFriend.isEmpty() ? null : feedbackByFriend.get(friendId);
    }

    public long userId() {
        return facts.userId();
    }
}
