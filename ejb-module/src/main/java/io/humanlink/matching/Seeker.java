package io.humanlink.matching;

import java.util.Set;

/**
 * A user looking for a Friend, with the Friends they must not be proposed: blocked either way, "never again",
 * their current Friend, and Friends of recently ended or declined matches (cool-down).
 */
public record Seeker(MatchFacts facts, Set<Long> excludedFriendIds) {

    public long userId() {
        return facts.userId();
    }
}
