package io.humanlink.matching;

import java.time.Instant;
import java.util.List;

/** Every Friend who could be proposed, loaded once per job run (or partition) and scanned for every seeker. */
public record FriendPool(MatchFacts[] friends, Instant reference) {

    public static FriendPool of(List<MatchFacts> friends, Instant reference) {
        return new FriendPool(friends.toArray(MatchFacts[]::new), reference);
    }

    public int size() {
        return friends.length;
    }
}
