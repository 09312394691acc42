package io.humanlink.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tunables of matching, all from MicroProfile Config (humanlink.matching.*). */
@ApplicationScoped
public class MatchingSettings {

    @Inject
    @ConfigProperty(name = "humanlink.matching.top-k", defaultValue = "10")
    int topK;

    @Inject
    @ConfigProperty(name = "humanlink.matching.friend-capacity", defaultValue = "20")
    int friendCapacity;

    @Inject
    @ConfigProperty(name = "humanlink.matching.min-overlap-half-hours", defaultValue = "2")
    int minOverlapHalfHours;

    @Inject
    @ConfigProperty(name = "humanlink.matching.rematch-cooldown", defaultValue = "P30D")
    Duration rematchCooldown;

    @Inject
    @ConfigProperty(name = "humanlink.matching.weight.traits", defaultValue = "0.30")
    double traits;

    @Inject
    @ConfigProperty(name = "humanlink.matching.weight.interests", defaultValue = "0.25")
    double interests;

    @Inject
    @ConfigProperty(name = "humanlink.matching.weight.availability", defaultValue = "0.20")
    double availability;

    @Inject
    @ConfigProperty(name = "humanlink.matching.weight.style", defaultValue = "0.10")
    double style;

    @Inject
    @ConfigProperty(name = "humanlink.matching.weight.rating", defaultValue = "0.15")
    double rating;

    @Inject
    @ConfigProperty(name = "humanlink.matching.weight.friend-agreeableness", defaultValue = "0.35")
    double friendAgreeableness;

    @Inject
    @ConfigProperty(name = "humanlink.matching.weight.friend-conscientiousness", defaultValue = "0.25")
    double friendConscientiousness;

    @Inject
    @ConfigProperty(name = "humanlink.matching.weight.friend-stability", defaultValue = "0.25")
    double friendStability;

    @Inject
    @ConfigProperty(name = "humanlink.matching.weight.similarity", defaultValue = "0.15")
    double similarity;

    @Inject
    @ConfigProperty(name = "humanlink.matching.rating.prior-mean", defaultValue = "4.0")
    double ratingPriorMean;

    @Inject
    @ConfigProperty(name = "humanlink.matching.rating.prior-weight", defaultValue = "5")
    double ratingPriorWeight;

    @Inject
    @ConfigProperty(name = "humanlink.matching.pair.prioritise-bonus", defaultValue = "8")
    double prioritiseBonus;

    @Inject
    @ConfigProperty(name = "humanlink.matching.pair.low-rating-penalty", defaultValue = "15")
    double lowRatingPenalty;

    /** One ranker per use: cheap to build, and it picks up the weights in force now. */
    public ProposalRanker ranker() {
        return new ProposalRanker(scorer(), friendCapacity, topK);
    }

    public MatchScorer scorer() {
        return new MatchScorer(new MatchWeights(traits, interests, availability, style, rating, friendAgreeableness,
                friendConscientiousness, friendStability, similarity, ratingPriorMean, ratingPriorWeight,
                prioritiseBonus, lowRatingPenalty), minOverlapHalfHours);
    }

    public int topK() {
        return topK;
    }

    public int friendCapacity() {
        return friendCapacity;
    }

    public Duration rematchCooldown() {
        return rematchCooldown;
    }
}
