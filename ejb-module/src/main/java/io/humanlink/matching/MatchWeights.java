package io.humanlink.matching;

/**
 * How much each part of a match counts (from config). Inside trait fit, the Friend's own agreeableness,
 * conscientiousness and emotional stability weigh more than similarity: research on relationship satisfaction finds
 * the partner's traits predict it better than how alike two people are (Malouff et al. 2010; Dyrenforth et al. 2010).
 * {@code prioritiseBonus} and {@code lowRatingPenalty} are not weights but points on the 0–100 scale, added to or taken
 * from a pair's score by the seeker's own latest feedback on that Friend ({@link PairFeedback}).
 */
public record MatchWeights(
        double traits,
        double interests,
        double availability,
        double style,
        double rating,
        double friendAgreeableness,
        double friendConscientiousness,
        double friendStability,
        double similarity,
        double ratingPriorMean,
        double ratingPriorWeight,
        double prioritiseBonus,
        double lowRatingPenalty) {

    public MatchWeights {
        if (prioritiseBonus < 0 || lowRatingPenalty < 0) {
            throw new IllegalArgumentException("the prioritise bonus and the low-rating penalty are points to add"
                    + " or take away, so not negative: " + prioritiseBonus + ", " + lowRatingPenalty);
        }
    }

    public static MatchWeights defaults() {
        return new MatchWeights(0.30, 0.25, 0.20, 0.10, 0.15, 0.35, 0.25, 0.25, 0.15, 4.0, 5.0, 8.0, 15.0);
    }

    double componentTotal() {
        return traits + interests + availability + style + rating;
    }

    double traitTotal() {
        return friendAgreeableness + friendConscientiousness + friendStability + similarity;
    }
}
