package io.humanlink.matching;

import static io.humanlink.matching.MatchFactsFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProposalRankerTest {

    private final ProposalRanker ranker = new ProposalRanker(new MatchScorer(MatchWeights.defaults(), 2), 20, 10);

    /** Three Friends alike in everything but id: on equal scores the pool's order (by id) decides. */
    private final FriendPool pool = FriendPool.of(List.of(person(11).build(), person(12).build(),
            person(13).build()), MatchFactsFixture.REFERENCE);

    private List<Long> ranked(Seeker seeker) {
        return Arrays.stream(ranker.rank(seeker, pool)).mapToObj(i -> pool.friends()[i].userId()).toList();
    }

    @Test
    void equalFriendsKeepThePoolOrder() {
        assertThat(ranked(new Seeker(person(1).build(), Set.of()))).containsExactly(11L, 12L, 13L);
    }

    @Test
    void aPrioritisedFriendRanksAboveOtherwiseEqualFriends() {
        Seeker seeker = new Seeker(person(1).build(), Set.of(), Map.of(13L, new PairFeedback(5, true)));

        assertThat(ranked(seeker)).containsExactly(13L, 11L, 12L);
    }

    @Test
    void aLowRatedFriendRanksBelowOtherwiseEqualFriends() {
        Seeker seeker = new Seeker(person(1).build(), Set.of(), Map.of(11L, new PairFeedback(1, false)));

        assertThat(ranked(seeker)).containsExactly(12L, 13L, 11L);
    }

    @Test
    void anExcludedFriendStaysOutWhateverTheFeedback() {
        Seeker seeker = new Seeker(person(1).build(), Set.of(13L), Map.of(13L, new PairFeedback(5, true)));

        assertThat(ranked(seeker)).containsExactly(11L, 12L);
    }
}
