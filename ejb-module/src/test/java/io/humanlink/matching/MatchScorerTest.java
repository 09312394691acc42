package io.humanlink.matching;

import static io.humanlink.matching.MatchFactsFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.humanlink.profile.SessionType;
import io.humanlink.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    private static final List<String> LABELS = List.of("music", "books", "hiking");

    private final MatchScorer scorer = new MatchScorer(MatchWeights.defaults(), 2);

    private Ineligibility filter(MatchFactsFixture seeker, MatchFactsFixture friend, Set<Long> excluded) {
        return scorer.ineligibility(new Seeker(seeker.build(), excluded), friend.build(), 20);
    }

    @Test
    void compatiblePairPassesEveryHardFilter() {
        assertThat(filter(person(1), person(2), Set.of())).isNull();
    }

    @Test
    void nobodyIsProposedToThemselves() {
        assertThat(filter(person(1), person(1), Set.of())).isEqualTo(Ineligibility.SELF);
    }

    @Test
    void excludedFriendIsFiltered() {
        assertThat(filter(person(1), person(2), Set.of(2L))).isEqualTo(Ineligibility.EXCLUDED);
    }

    @Test
    void friendNotAcceptingIsFiltered() {
        MatchFactsFixture friend = person(2);
        friend.accepting = false;
        assertThat(filter(person(1), friend, Set.of())).isEqualTo(Ineligibility.NOT_ACCEPTING);
    }

    @Test
    void friendAtCapacityIsFiltered() {
        MatchFactsFixture friend = person(2);
        friend.active = 20;
        assertThat(filter(person(1), friend, Set.of())).isEqualTo(Ineligibility.AT_CAPACITY);
    }

    @Test
    void noSharedLanguageIsFiltered() {
        MatchFactsFixture friend = person(2);
        friend.languages = MatchFactsFixture.DE;
        assertThat(filter(person(1), friend, Set.of())).isEqualTo(Ineligibility.NO_SHARED_LANGUAGE);
    }

    @Test
    void noSharedSessionTypeIsFiltered() {
        MatchFactsFixture seeker = person(1);
        seeker.types = SessionType.VOICE.bit();
        assertThat(filter(seeker, person(2), Set.of())).isEqualTo(Ineligibility.NO_SHARED_SESSION_TYPE);
    }

    @Test
    void availabilityOverlapIsComparedAcrossTimeZones() {
        MatchFactsFixture seeker = person(1);
        MatchFactsFixture friend = person(2);
        // Monday 18:00-21:00 in Berlin (UTC+1 in November) is Monday 12:00-15:00 in New York (UTC-5).
        friend.zone = java.time.ZoneId.of("America/New_York");
        friend.slots = List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(15, 0)));
        assertThat(filter(seeker, friend, Set.of())).isNull();

        friend.slots = List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)));
        assertThat(filter(seeker, friend, Set.of())).isEqualTo(Ineligibility.NO_AVAILABILITY_OVERLAP);
    }

    @Test
    void halfAnHourTogetherIsNotEnough() {
        MatchFactsFixture friend = person(2);
        friend.slots = List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(20, 30), LocalTime.of(23, 0)));
        assertThat(filter(person(1), friend, Set.of())).isEqualTo(Ineligibility.NO_AVAILABILITY_OVERLAP);
    }

    @Test
    void scoreIsTheWeightedSumOfItsParts() {
        MatchFactsFixture seeker = person(1);
        seeker.style = CommunicationStyle.TALKER;
        MatchFactsFixture friend = person(2);
        friend.style = CommunicationStyle.LISTENER;
        friend.traits = new TraitScores(0.5, 1.0, 0.5, 1.0, 0.0);
        friend.ratingCount = 5;
        friend.ratingSum = 25;

        double score = scorer.score(seeker.build(), friend.build());

        // traits: (0.35*1 + 0.25*1 + 0.25*1 + 0.15*1) / 1 = 1; interests 2 shared of 2 = 1; availability same = 1;
        // style talker/listener = 1; rating Bayesian (5*4 + 25) / 10 = 4.5 -> 0.875
        double expected = 100 * (0.30 + 0.25 + 0.20 + 0.10 + 0.15 * 0.875) / 1.0;
        assertThat(score).isCloseTo(expected, within(1e-9));
    }

    @Test
    void friendsAgreeablenessMattersMoreThanSimilarity() {
        MatchFactsFixture seeker = person(1);
        seeker.traits = new TraitScores(0.9, 0.5, 0.9, 0.5, 0.5);
        MatchFactsFixture similarButCold = person(2);
        similarButCold.traits = new TraitScores(0.9, 0.3, 0.9, 0.2, 0.8);
        MatchFactsFixture differentButWarm = person(3);
        differentButWarm.traits = new TraitScores(0.2, 0.8, 0.2, 0.9, 0.2);

        assertThat(scorer.traitFit(seeker.build(), differentButWarm.build()))
                .isGreaterThan(scorer.traitFit(seeker.build(), similarButCold.build()));
    }

    @Test
    void scoreStaysWithinZeroToHundred() {
        MatchFactsFixture worst = person(2);
        worst.traits = new TraitScores(0, 0, 1, 0, 1);
        worst.interests = MatchFactsFixture.HIKING;
        worst.style = CommunicationStyle.TALKER;
        worst.ratingCount = 100;
        worst.ratingSum = 100;
        MatchFactsFixture seeker = person(1);
        seeker.style = CommunicationStyle.TALKER;
        seeker.traits = new TraitScores(1, 1, 0, 1, 0);

        double score = scorer.score(seeker.build(), worst.build());

        assertThat(score).isBetween(0.0, 100.0);
    }

    @Test
    void complementaryStylesFitBest() {
        assertThat(MatchScorer.styleFit(CommunicationStyle.TALKER, CommunicationStyle.LISTENER)).isEqualTo(1.0);
        assertThat(MatchScorer.styleFit(CommunicationStyle.TALKER, CommunicationStyle.TALKER))
                .isLessThan(MatchScorer.styleFit(CommunicationStyle.BALANCED, CommunicationStyle.TALKER));
    }

    @Test
    void bayesianAverageStartsAtThePriorAndMovesWithRatings() {
        assertThat(scorer.bayesianRating(0, 0)).isEqualTo(4.0);
        assertThat(scorer.bayesianRating(1, 1)).isCloseTo((5 * 4.0 + 1) / 6, within(1e-9));
        assertThat(scorer.bayesianRating(1000, 5000)).isCloseTo(5.0, within(0.01));
    }

    @Test
    void explanationNamesSharedInterestsTraitsTimeAndStyle() {
        MatchFactsFixture seeker = person(1);
        seeker.style = CommunicationStyle.TALKER;
        MatchFactsFixture friend = person(2);
        friend.style = CommunicationStyle.LISTENER;
        friend.traits = new TraitScores(0.5, 0.8, 0.5, 0.9, 0.2);
        List<String> labels = List.of("music", "books", "hiking");

        ScoreBreakdown why = scorer.explain(seeker.build(), friend.build(), labels::get, MatchFactsFixture.REFERENCE);

        assertThat(why.total()).isCloseTo(scorer.score(seeker.build(), friend.build()), within(1e-9));
        assertThat(why.components()).extracting(ScoreComponent::name)
                .containsExactlyInAnyOrder("traits", "interests", "availability", "communicationStyle", "rating");
        assertThat(why.components().get(0).points()).isGreaterThanOrEqualTo(why.components().get(1).points());
        assertThat(why.reasons()).hasSize(3);
        assertThat(why.reasons()).anySatisfy(r -> assertThat(r).isEqualTo("You both enjoy music and books."));
        assertThat(why.reasons()).anySatisfy(r -> assertThat(r).isEqualTo("Ana comes across as warm, dependable and calm."));
        assertThat(String.join(" ", why.reasons())).doesNotContain("null");
    }

    @Test
    void sharedTimeIsToldInTheSeekersZone() {
        MatchFactsFixture seeker = person(1);
        MatchFactsFixture friend = person(2);
        friend.interests = 0;
        friend.traits = new TraitScores(0.5, 0.5, 0.5, 0.5, 0.5);

        ScoreBreakdown why = scorer.explain(seeker.build(), friend.build(), i -> "x", MatchFactsFixture.REFERENCE);

        assertThat(why.reasons()).contains("You are both free 3 hours a week at the same time, e.g. Monday evening.");
    }

    private static Seeker withFeedback(MatchFactsFixture seeker, long friendId, PairFeedback feedback) {
        return new Seeker(seeker.build(), Set.of(), Map.of(friendId, feedback));
    }

    @Test
    void askingToPrioritiseAFriendAddsTheBonusInPoints() {
        MatchFacts friend = person(2).build();
        double plain = scorer.score(person(1).build(), friend);

        double prioritised = scorer.score(withFeedback(person(1), 2, new PairFeedback(5, true)), friend);

        assertThat(prioritised).isCloseTo(plain + 8.0, within(1e-9));
    }

    @Test
    void aLowLastRatingTakesThePenaltyInPoints() {
        MatchFacts friend = person(2).build();
        double plain = scorer.score(person(1).build(), friend);

        assertThat(scorer.score(withFeedback(person(1), 2, new PairFeedback(2, false)), friend))
                .isCloseTo(plain - 15.0, within(1e-9));
        assertThat(scorer.score(withFeedback(person(1), 2, new PairFeedback(1, false)), friend))
                .isCloseTo(plain - 15.0, within(1e-9));
    }

    @Test
    void aGoodRatingWithoutPriorityChangesNothing() {
        MatchFacts friend = person(2).build();

        assertThat(scorer.score(withFeedback(person(1), 2, new PairFeedback(3, false)), friend))
                .isEqualTo(scorer.score(person(1).build(), friend));
    }

    @Test
    void feedbackOnOneFriendLeavesOtherFriendsAlone() {
        MatchFacts other = person(3).build();

        assertThat(scorer.score(withFeedback(person(1), 2, new PairFeedback(5, true)), other))
                .isEqualTo(scorer.score(person(1).build(), other));
        assertThat(scorer.score(new Seeker(person(1).build(), Set.of()), other))
                .isEqualTo(scorer.score(person(1).build(), other));
    }

    @Test
    void prioritisedButLowRatedGetsBothAdjustments() {
        MatchFacts friend = person(2).build();

        assertThat(scorer.score(withFeedback(person(1), 2, new PairFeedback(2, true)), friend))
                .isCloseTo(scorer.score(person(1).build(), friend) + 8.0 - 15.0, within(1e-9));
    }

    @Test
    void adjustedScoreStaysWithinZeroToHundred() {
        MatchFactsFixture best = person(2);
        best.traits = new TraitScores(0.5, 1.0, 0.5, 1.0, 0.0);
        best.style = CommunicationStyle.LISTENER;
        best.ratingCount = 1000;
        best.ratingSum = 5000;
        MatchFactsFixture talker = person(1);
        talker.style = CommunicationStyle.TALKER;
        MatchFactsFixture worst = person(3);
        worst.traits = new TraitScores(0, 0, 1, 0, 1);
        worst.interests = MatchFactsFixture.HIKING;
        worst.style = CommunicationStyle.TALKER;
        worst.ratingCount = 100;
        worst.ratingSum = 100;
        MatchScorer heavy = new MatchScorer(new MatchWeights(0.30, 0.25, 0.20, 0.10, 0.15, 0.35, 0.25, 0.25, 0.15,
                4.0, 5.0, 50.0, 90.0), 2);

        assertThat(heavy.score(withFeedback(talker, 2, new PairFeedback(5, true)), best.build())).isEqualTo(100.0);
        assertThat(heavy.score(withFeedback(talker, 3, new PairFeedback(1, false)), worst.build())).isEqualTo(0.0);
    }

    @Test
    void explanationShowsTheBonusAsItsOwnPartWithItsReasonFirst() {
        MatchFacts friend = person(2).build();
        Seeker seeker = withFeedback(person(1), 2, new PairFeedback(5, true));

        ScoreBreakdown why = scorer.explain(seeker.facts(), friend, seeker.feedbackOn(2), LABELS::get,
                MatchFactsFixture.REFERENCE);

        assertThat(why.total()).isCloseTo(scorer.score(seeker, friend), within(1e-9));
        assertThat(why.components()).contains(new ScoreComponent("seeAgain", 1.0, 8.0, 8.0));
        assertThat(why.components()).extracting(ScoreComponent::name).doesNotContain("lowRating");
        assertThat(why.reasons()).hasSize(3).first().isEqualTo("You asked to see Ana again.");
    }

    @Test
    void explanationOwnsTheLowRatingThatRanksAFriendLower() {
        MatchFacts friend = person(2).build();
        Seeker seeker = withFeedback(person(1), 2, new PairFeedback(2, false));

        ScoreBreakdown why = scorer.explain(seeker.facts(), friend, seeker.feedbackOn(2), LABELS::get,
                MatchFactsFixture.REFERENCE);

        assertThat(why.total()).isCloseTo(scorer.score(seeker, friend), within(1e-9));
        assertThat(why.components()).last().isEqualTo(new ScoreComponent("lowRating", 1.0, -15.0, -15.0));
        assertThat(why.reasons()).first()
                .isEqualTo("You rated your last session with Ana 2 out of 5, so Ana is ranked lower for you.");
    }

    @Test
    void withoutFeedbackTheExplanationHasOnlyTheProfileParts() {
        MatchFacts friend = person(2).build();

        ScoreBreakdown why = scorer.explain(person(1).build(), friend, null, LABELS::get,
                MatchFactsFixture.REFERENCE);

        assertThat(why).isEqualTo(scorer.explain(person(1).build(), friend, LABELS::get, MatchFactsFixture.REFERENCE));
        assertThat(why.components()).extracting(ScoreComponent::name)
                .containsExactlyInAnyOrder("traits", "interests", "availability", "communicationStyle", "rating");
    }

    @Test
    void adjustmentsConfiguredAtZeroLeaveScoreAndExplanationAlone() {
        MatchScorer neutral = new MatchScorer(new MatchWeights(0.30, 0.25, 0.20, 0.10, 0.15, 0.35, 0.25, 0.25, 0.15,
                4.0, 5.0, 0.0, 0.0), 2);
        MatchFacts friend = person(2).build();
        Seeker seeker = withFeedback(person(1), 2, new PairFeedback(1, true));

        assertThat(neutral.score(seeker, friend)).isEqualTo(neutral.score(seeker.facts(), friend));
        assertThat(neutral.explain(seeker.facts(), friend, seeker.feedbackOn(2), LABELS::get,
                MatchFactsFixture.REFERENCE)).isEqualTo(neutral.explain(seeker.facts(), friend, LABELS::get,
                MatchFactsFixture.REFERENCE));
    }

    @Test
    void feedbackAndWeightsRefuseNonsense() {
        assertThat(new PairFeedback(2, false).lowRating()).isTrue();
        assertThat(new PairFeedback(3, false).lowRating()).isFalse();
        assertThatThrownBy(() -> new PairFeedback(0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairFeedback(6, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchWeights(0.30, 0.25, 0.20, 0.10, 0.15, 0.35, 0.25, 0.25, 0.15, 4.0, 5.0,
                -1.0, 15.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
