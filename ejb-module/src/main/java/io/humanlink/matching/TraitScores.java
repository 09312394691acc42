package io.humanlink.matching;

/** Big Five trait scores, each normalised to [0, 1] (0 = lowest possible answer mean, 1 = highest). */
public record TraitScores(double openness, double conscientiousness, double extraversion, double agreeableness,
                          double neuroticism) {

    public TraitScores {
        for (double v : new double[] {openness, conscientiousness, extraversion, agreeableness, neuroticism}) {
            if (v < 0 || v > 1 || Double.isNaN(v)) {
                throw new IllegalArgumentException("trait scores are in [0, 1]");
            }
        }
    }
}
