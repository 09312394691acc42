package io.humanlink.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.matching.QuestionnaireDefinition.Item;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class TraitScoringTest {

    private static final QuestionnaireDefinition DEFINITION = QuestionnaireDefinition.fromClassPath();

    @Test
    void neutralAnswersScoreEveryTraitAtTheMiddle() {
        TraitScores scores = TraitScoring.score(DEFINITION, answers(item -> 3));

        assertThat(scores).isEqualTo(new TraitScores(0.5, 0.5, 0.5, 0.5, 0.5));
    }

    @Test
    void agreeingWithKeyedItemsAndDisagreeingWithReversedOnesScoresOne() {
        TraitScores scores = TraitScoring.score(DEFINITION, answers(item -> item.reverse() ? 1 : 5));

        assertThat(scores).isEqualTo(new TraitScores(1, 1, 1, 1, 1));
    }

    @Test
    void theOppositeAnswersScoreZero() {
        TraitScores scores = TraitScoring.score(DEFINITION, answers(item -> item.reverse() ? 5 : 1));

        assertThat(scores).isEqualTo(new TraitScores(0, 0, 0, 0, 0));
    }

    @Test
    void aReverseKeyedItemCountsAsSixMinusTheAnswer() {
        Map<String, Integer> answers = answers(item -> 3);
        answers.put("E2", 1); // "Don't talk a lot": very inaccurate counts as 5 for extraversion

        TraitScores scores = TraitScoring.score(DEFINITION, answers);

        // (3 + 5 + 3 + 3) / 4 = 3.5; (3.5 - 1) / 4 = 0.625
        assertThat(scores.extraversion()).isEqualTo(0.625);
        assertThat(scores.openness()).isEqualTo(0.5);
    }

    @Test
    void answeringFiveToEverythingScoresOpennessLowBecauseThreeOfItsItemsAreReversed() {
        TraitScores scores = TraitScoring.score(DEFINITION, answers(item -> 5));

        // openness: 5, 1, 1, 1 -> mean 2 -> 0.25; the other traits have two reversed items each -> mean 3 -> 0.5
        assertThat(scores).isEqualTo(new TraitScores(0.25, 0.5, 0.5, 0.5, 0.5));
    }

    @Test
    void mixedAnswersScoreTheNormalisedMeanOfEachTrait() {
        Map<String, Integer> answers = new HashMap<>(Map.ofEntries(
                Map.entry("E1", 4), Map.entry("E2", 2), Map.entry("E3", 5), Map.entry("E4", 3),
                Map.entry("A1", 5), Map.entry("A2", 1), Map.entry("A3", 4), Map.entry("A4", 2),
                Map.entry("C1", 2), Map.entry("C2", 4), Map.entry("C3", 3), Map.entry("C4", 3),
                Map.entry("N1", 1), Map.entry("N2", 5), Map.entry("N3", 2), Map.entry("N4", 4),
                Map.entry("O1", 5), Map.entry("O2", 2), Map.entry("O3", 1), Map.entry("O4", 2)));

        TraitScores scores = TraitScoring.score(DEFINITION, answers);

        // E: 4 + (6-2) + 5 + (6-3) = 16 -> mean 4 -> 0.75
        // A: 5 + 5 + 4 + 4 = 18 -> 4.5 -> 0.875
        // C: 2 + 2 + 3 + 3 = 10 -> 2.5 -> 0.375
        // N: 1 + 1 + 2 + 2 = 6 -> 1.5 -> 0.125
        // O: 5 + 4 + 5 + 4 = 18 -> 4.5 -> 0.875
        assertThat(scores).isEqualTo(new TraitScores(0.875, 0.375, 0.75, 0.875, 0.125));
    }

    @Test
    void anUnansweredItemIsRefused() {
        Map<String, Integer> answers = answers(item -> 3);
        answers.remove("C3");

        assertThatThrownBy(() -> TraitScoring.score(DEFINITION, answers))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C3");
    }

    @Test
    void anAnswerOffTheScaleIsRefused() {
        Map<String, Integer> answers = answers(item -> 3);
        answers.put("A1", 6);

        assertThatThrownBy(() -> TraitScoring.score(DEFINITION, answers))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A1");
    }

    private static Map<String, Integer> answers(ToIntFunction<Item> answer) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        DEFINITION.items().forEach(item -> answers.put(item.id(), answer.applyAsInt(item)));
        return answers;
    }
}
