package io.humanlink.matching;

import io.humanlink.matching.QuestionnaireDefinition.Item;
import io.humanlink.matching.QuestionnaireDefinition.Trait;
import java.util.EnumMap;
import java.util.Map;

/**
 * Big Five scores from questionnaire answers, scored as the Mini-IPIP is: a reverse-keyed item counts as
 * {@code min + max - answer} (6 − x on the 1–5 scale), each trait is the mean of its items, and the mean is
 * normalised to [0, 1] as {@code (mean - min) / (max - min)}, i.e. (mean − 1) / 4.
 */
public final class TraitScoring {

    private TraitScoring() {
    }

    /**
     * @param answers one answer on the scale for every item of {@code definition} (as {@link PersonalityValidator}
     *                ensures); extra keys are ignored
     * @throws IllegalArgumentException when an item is unanswered or an answer is off the scale
     */
    public static TraitScores score(QuestionnaireDefinition definition, Map<String, Integer> answers) {
        int min = definition.scaleMin();
        int max = definition.scaleMax();
        Map<Trait, Integer> sums = new EnumMap<>(Trait.class);
        Map<Trait, Integer> counts = new EnumMap<>(Trait.class);
        for (Item item : definition.items()) {
            Integer answer = answers.get(item.id());
            if (answer == null || answer < min || answer > max) {
                throw new IllegalArgumentException("item " + item.id() + " needs an answer from " + min + " to " + max);
            }
            int keyed = item.reverse() ? min + max - answer : answer;
            sums.merge(item.trait(), keyed, Integer::sum);
            counts.merge(item.trait(), 1, Integer::sum);
        }
        // (sum - n*min) / (n*(max-min)) equals (mean - min) / (max - min), computed from integers so that the bounds
        // come out as exactly 0 and 1.
        EnumMap<Trait, Double> scores = new EnumMap<>(Trait.class);
        for (Trait trait : Trait.values()) {
            int n = counts.getOrDefault(trait, 0);
            if (n == 0) {
                throw new IllegalArgumentException("the questionnaire has no item for " + trait.code());
            }
            scores.put(trait, (double) (sums.get(trait) - n * min) / (n * (max - min)));
        }
        return new TraitScores(scores.get(Trait.OPENNESS), scores.get(Trait.CONSCIENTIOUSNESS),
                scores.get(Trait.EXTRAVERSION), scores.get(Trait.AGREEABLENESS), scores.get(Trait.NEUROTICISM));
    }
}
