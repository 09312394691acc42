package io.humanlink.matching;

import static io.humanlink.matching.MatchFactsFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProposalSetCodecTest {

    private final MatchScorer scorer = new MatchScorer(MatchWeights.defaults(), 2);

    @Test
    void theNumbersOfEveryPartComeBackInTheirOrderWithRanksByPosition() {
        MatchFacts seeker = person(1).build();
        MatchFactsFixture rated = person(2);
        rated.ratingCount = 7;
        rated.ratingSum = 31;
        MatchFactsFixture other = person(3);
        other.interests = MatchFactsFixture.HIKING;
        List<Proposal> proposals = List.of(
                new Proposal(2, 1, scorer.breakdown(seeker, rated.build(), new PairFeedback(5, true))),
                new Proposal(3, 2, scorer.breakdown(seeker, other.build(), new PairFeedback(2, false))),
                new Proposal(9_000_000_000L, 3, scorer.breakdown(seeker, person(4).build(), null)));

        List<Proposal> decoded = ProposalSetCodec.decode(ProposalSetCodec.encode(proposals));

        assertThat(decoded).hasSize(3);
        for (int i = 0; i < proposals.size(); i++) {
            Proposal original = proposals.get(i);
            Proposal back = decoded.get(i);
            assertThat(back.friendId()).isEqualTo(original.friendId());
            assertThat(back.rank()).isEqualTo(i + 1);
            assertThat(back.breakdown().total()).isEqualTo(Math.round(original.breakdown().total() * 100) / 100.0);
            assertThat(back.breakdown().components()).as("parts are kept to 3 decimals, as the scorer rounds them")
                    .isEqualTo(original.breakdown().components());
            assertThat(back.breakdown().reasons()).isEmpty();
        }
        assertThat(decoded.get(0).breakdown().components()).extracting(ScoreComponent::name).contains("seeAgain");
        assertThat(decoded.get(1).breakdown().components()).last()
                .isEqualTo(new ScoreComponent("lowRating", 1.0, -15.0, -15.0));
    }

    @Test
    void weightsFromConfigKeepEveryDigit() {
        ScoreBreakdown odd = new ScoreBreakdown(33.333, List.of(new ScoreComponent("traits", 0.5, 1.0 / 3, 16.667)),
                List.of());

        Proposal back = ProposalSetCodec.decode(ProposalSetCodec.encode(List.of(new Proposal(5, 1, odd)))).get(0);

        assertThat(back.breakdown().components().get(0).weight()).isEqualTo(1.0 / 3);
        assertThat(back.breakdown().total()).isEqualTo(33.33);
    }

    @Test
    void noProposalsIsASetOfItsOwn() {
        assertThat(ProposalSetCodec.encode(List.of())).isEqualTo("2");
        assertThat(ProposalSetCodec.decode("2")).isEmpty();
        assertThat(ProposalSetCodec.decode("1")).isEmpty();
    }

    @Test
    void theWeightsAreWrittenOncePerSetAndEachFriendKeepsOnlyValuesAndPoints() {
        ScoreBreakdown first = new ScoreBreakdown(61.5, List.of(new ScoreComponent("traits", 0.812, 0.35, 28.42),
                new ScoreComponent("rating", 0.8, 0.2, 16.0)), List.of());
        ScoreBreakdown second = new ScoreBreakdown(40.0, List.of(new ScoreComponent("rating", 1.0, 0.2, 20.0),
                new ScoreComponent("traits", 0.571, 0.35, 19.985)), List.of());

        String text = ProposalSetCodec.encode(List.of(new Proposal(7, 1, first), new Proposal(8, 2, second)));

        assertThat(text).isEqualTo("2;t=0.35,r=0.2;7,6150,t812:28420,r800:16000;8,4000,r1000:20000,t571:19985");
        assertThat(ProposalSetCodec.decode(text)).extracting(Proposal::breakdown)
                .containsExactly(first, second);
    }

    @Test
    void aSetWhosePartsDisagreeOnAWeightIsWrittenInVersionOneAndReadBack() {
        Proposal a = new Proposal(7, 1, new ScoreBreakdown(10, List.of(new ScoreComponent("traits", 0.5, 0.35, 5)),
                List.of()));
        Proposal b = new Proposal(8, 2, new ScoreBreakdown(9, List.of(new ScoreComponent("traits", 0.5, 0.3, 4)),
                List.of()));

        String text = ProposalSetCodec.encode(List.of(a, b));

        assertThat(text).isEqualTo("1;7,1000,t:500:0.35:5000;8,900,t:500:0.3:4000");
        assertThat(ProposalSetCodec.decode(text)).containsExactly(a, b);
    }

    @Test
    void theFriendsOfASetAreReadWithoutItsNumbersInEitherVersion() {
        assertThat(ProposalSetCodec.friendIds("2;t=0.35,r=0.2;7,6150,t812:28420,r800:16000;8,4000,r1000:20000"))
                .containsExactlyInAnyOrder(7L, 8L);
        assertThat(ProposalSetCodec.friendIds("1;7,1000,t:500:0.35:5000;9000000000,900"))
                .containsExactlyInAnyOrder(7L, 9_000_000_000L);
        assertThat(ProposalSetCodec.friendIds("2;t=0.35;12")).containsExactly(12L);
        assertThat(ProposalSetCodec.friendIds("2")).isEmpty();
        assertThat(ProposalSetCodec.friendIds("1")).isEmpty();
        assertThatThrownBy(() -> ProposalSetCodec.friendIds("3;5,1000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSetOfAnotherVersionOrWithAnUnknownPartIsRefused() {
        assertThatThrownBy(() -> ProposalSetCodec.decode("3;5,1000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 3");
        assertThatThrownBy(() -> ProposalSetCodec.decode("1;5,1000,x:1:0.5:2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x:1:0.5:2");
        assertThatThrownBy(() -> ProposalSetCodec.decode("2;t=0.5;5,1000,x1:2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x1:2");
        assertThatThrownBy(() -> ProposalSetCodec.decode("2;t0.5;5,1000,t1:2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t0.5");
        assertThatThrownBy(() -> ProposalSetCodec.encode(List.of(new Proposal(5, 1, new ScoreBreakdown(1,
                List.of(new ScoreComponent("mood", 1, 1, 1)), List.of())))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mood");
    }

    @Test
    void wordsWrittenLaterFromTheStoredNumbersAreTheWordsOfTheFullExplanation() {
        MatchFacts friend = person(2).build();
        Seeker seeker = new Seeker(person(1).build(), Set.of(), Map.of(2L, new PairFeedback(2, true)));
        ScoreBreakdown full = scorer.explain(seeker.facts(), friend, seeker.feedbackOn(2), bit -> "music",
                MatchFactsFixture.REFERENCE);

        Proposal stored = ProposalSetCodec.decode(ProposalSetCodec.encode(List.of(new Proposal(2, 1,
                scorer.breakdown(seeker.facts(), friend, seeker.feedbackOn(2)))))).get(0);

        assertThat(scorer.reasons(stored.breakdown().components(), seeker.facts(), friend, seeker.feedbackOn(2),
                bit -> "music", MatchFactsFixture.REFERENCE)).isEqualTo(full.reasons()).isNotEmpty();
        assertThat(stored.breakdown().components()).isEqualTo(full.components());
    }
}
