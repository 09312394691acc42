package io.humanlink.matching;

/**
 * How much each part of a match counts (from config). Inside trait fit, the Friend's own agreeableness,
 * conscientiousness and emotional stability weigh more than similarity: research on relationship satisfaction finds
 * the partner's traits predict it better than how alike two people are (Malouff et al. 2010; Dyrenforth et al. 2010).
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
        double ratingPriorWeight) {

    public static MatchWeights defaults() {
        return new MatchWeights(0.30, 0.25, 0.20, 0.10, 0.15, 0.35, 0.25, 0.25, 0.15, 4.0, 5.0);
    }

    double componentTotal() {
        return traits + interests + availability + style + rating;
    }

    double traitTotal() {
        return friendAgreeableness + friendConscientiousness + friendStability + similarity;
    }
}
