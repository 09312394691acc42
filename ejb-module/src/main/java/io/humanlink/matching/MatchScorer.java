package io.humanlink.matching;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The match score: hard filters first, then a weighted sum in [0, 100] of trait fit, shared interests, shared
 * availability, communication-style fit and the Friend's Bayesian-averaged rating; then the seeker's own latest
 * feedback on that Friend ({@link PairFeedback}) adds the prioritise bonus or takes the low-rating penalty, in points,
 * and the result is kept within [0, 100]. {@link #score(Seeker, MatchFacts)} is the hot path of the nightly job (no
 * allocation; one map look-up only for the rare seeker with such feedback); {@link #explain} recomputes the same
 * number with its parts and reasons, the feedback adjustment as a part of its own.
 */
public final class MatchScorer {

    private final MatchWeights weights;
    private final int minOverlapHalfHours;

    public MatchScorer(MatchWeights weights, int minOverlapHalfHours) {
        this.weights = weights;
        this.minOverlapHalfHours = minOverlapHalfHours;
    }

    /**
     * The first hard filter the pair fails, or null when the Friend may be proposed. Ordered cheapest and most
     * selective first (mask tests), so most pairs are ruled out before the exclusion look-up or the overlap count.
     */
    public Ineligibility ineligibility(Seeker seeker, MatchFacts friend, int friendCapacity) {
        MatchFacts s = seeker.facts();
        if ((s.languages() & friend.languages()) == 0) {
            return Ineligibility.NO_SHARED_LANGUAGE;
        }
        if ((s.sessionTypes() & friend.sessionTypes()) == 0) {
            return Ineligibility.NO_SHARED_SESSION_TYPE;
        }
        if (!friend.accepting()) {
            return Ineligibility.NOT_ACCEPTING;
        }
        if (friend.activeMatches() >= friendCapacity) {
            return Ineligibility.AT_CAPACITY;
        }
        if (s.userId() == friend.userId()) {
            return Ineligibility.SELF;
        }
        if (!seeker.excludedFriendIds().isEmpty() && seeker.excludedFriendIds().contains(friend.userId())) {
            return Ineligibility.EXCLUDED;
        }
        if (WeekMask.overlap(s.availability(), friend.availability()) < minOverlapHalfHours) {
            return Ineligibility.NO_AVAILABILITY_OVERLAP;
        }
        return null;
    }

    /**
     * The 0–100 score of an eligible pair with the seeker's feedback on this Friend applied (hard filters are the
     * caller's: see {@link #ineligibility}).
     */
    public double score(Seeker seeker, MatchFacts friend) {
        double score = score(seeker.facts(), friend);
        PairFeedback feedback = seeker.feedbackOn(friend.userId());
        return feedback == null ? score : adjusted(score, feedback);
    }

    /** The 0–100 score of a pair from their profiles alone, before any feedback of the seeker's. */
    public double score(MatchFacts seeker, MatchFacts friend) {
        double total = weights.traits() * traitFit(seeker, friend)
                + weights.interests() * interestOverlap(seeker, friend)
                + weights.availability() * availabilityOverlap(seeker, friend)
                + weights.style() * styleFit(seeker.style(), friend.style())
                + weights.rating() * ratingValue(friend);
        return 100.0 * total / weights.componentTotal();
    }

    /** Points the seeker's feedback adds (positive) or takes away (negative); both apply if both hold. */
    public double adjustment(PairFeedback feedback) {
        return (feedback.prioritised() ? weights.prioritiseBonus() : 0.0)
                - (feedback.lowRating() ? weights.lowRatingPenalty() : 0.0);
    }

    private double adjusted(double score, PairFeedback feedback) {
        return Math.max(0.0, Math.min(100.0, score + adjustment(feedback)));
    }

    public ScoreBreakdown explain(MatchFacts seeker, MatchFacts friend, IntFunction<String> interestLabel,
                                  Instant reference) {
        return explain(seeker, friend, null, interestLabel, reference);
    }

    /**
     * The score of {@link #score(Seeker, MatchFacts)} with its parts, largest first, and up to three reasons in words.
     * Feedback that moved the score is a part of its own ({@code seeAgain}: the bonus, {@code lowRating}: the
     * penalty, as negative points) and its reason comes first, so "why we matched you" never hides it.
     *
     * @param feedback the seeker's latest feedback on this Friend, or null when there is none that moves the score
     */
    public ScoreBreakdown explain(MatchFacts seeker, MatchFacts friend, PairFeedback feedback,
                                  IntFunction<String> interestLabel, Instant reference) {
        ScoreBreakdown parts = breakdown(seeker, friend, feedback);
        return new ScoreBreakdown(parts.total(), parts.components(),
                reasons(parts.components(), seeker, friend, feedback, interestLabel, reference));
    }

    /**
     * The numbers of {@link #explain}, without the words: what the nightly job stores (the words are written when
     * the seeker looks, from {@link #reasons}).
     */
    public ScoreBreakdown breakdown(MatchFacts seeker, MatchFacts friend, PairFeedback feedback) {
        List<ScoreComponent> parts = new ArrayList<>(List.of(
                component("traits", traitFit(seeker, friend), weights.traits()),
                component("interests", interestOverlap(seeker, friend), weights.interests()),
                component("availability", availabilityOverlap(seeker, friend), weights.availability()),
                component("communicationStyle", styleFit(seeker.style(), friend.style()), weights.style()),
                component("rating", ratingValue(friend), weights.rating())));
        double total = score(seeker, friend);
        if (feedback != null) {
            total = adjusted(total, feedback);
            if (feedback.prioritised() && weights.prioritiseBonus() > 0) {
                parts.add(adjustmentComponent("seeAgain", weights.prioritiseBonus()));
            }
            if (feedback.lowRating() && weights.lowRatingPenalty() > 0) {
                parts.add(adjustmentComponent("lowRating", -weights.lowRatingPenalty()));
            }
        }
        parts.sort(Comparator.comparingDouble(ScoreComponent::points).reversed());
        return new ScoreBreakdown(total, List.copyOf(parts), List.of());
    }

    /**
     * Up to three reasons in words for a breakdown's parts (largest first): a feedback part's reason first, then one
     * per part that has something to say about this pair.
     *
     * @param feedback the seeker's latest feedback on this Friend (for the rating quoted), or null
     */
    public List<String> reasons(List<ScoreComponent> parts, MatchFacts seeker, MatchFacts friend,
                                PairFeedback feedback, IntFunction<String> interestLabel, Instant reference) {
        List<String> reasons = new ArrayList<>();
        String name = friend.displayName();
        if (parts.stream().anyMatch(part -> part.name().equals("seeAgain"))) {
            reasons.add("You asked to see " + name + " again.");
        }
        if (feedback != null && parts.stream().anyMatch(part -> part.name().equals("lowRating"))) {
            reasons.add(String.format(Locale.ROOT, "You rated your last session with %s %d out of 5, so %s"
                    + " is ranked lower for you.", name, feedback.rating(), name));
        }
        for (ScoreComponent part : parts) {
            String reason = reason(part.name(), seeker, friend, interestLabel, reference);
            if (reason != null && reasons.size() < 3) {
                reasons.add(reason);
            }
        }
        return List.copyOf(reasons);
    }

    double traitFit(MatchFacts seeker, MatchFacts friend) {
        TraitScores f = friend.traits();
        TraitScores s = seeker.traits();
        double similarity = 1.0 - (Math.abs(f.extraversion() - s.extraversion()) + Math.abs(f.openness() - s.openness()))
                / 2.0;
        double sum = weights.friendAgreeableness() * f.agreeableness()
                + weights.friendConscientiousness() * f.conscientiousness()
                + weights.friendStability() * (1.0 - f.neuroticism())
                + weights.similarity() * similarity;
        return sum / weights.traitTotal();
    }

    static double interestOverlap(MatchFacts seeker, MatchFacts friend) {
        int mine = Long.bitCount(seeker.interests());
        int theirs = Long.bitCount(friend.interests());
        if (mine == 0 || theirs == 0) {
            return 0;
        }
        // Overlap coefficient, saturating at three shared interests: plenty to talk about.
        int shared = Long.bitCount(seeker.interests() & friend.interests());
        return Math.min(1.0, shared / (double) Math.min(3, Math.min(mine, theirs)));
    }

    static double availabilityOverlap(MatchFacts seeker, MatchFacts friend) {
        int mine = seeker.availableHalfHours();
        int theirs = friend.availableHalfHours();
        if (mine == 0 || theirs == 0) {
            return 0;
        }
        return Math.min(1.0, WeekMask.overlap(seeker.availability(), friend.availability())
                / (double) Math.min(mine, theirs));
    }

    /** Complementary styles fit best (a listener with a talker); two talkers compete for the floor. */
    static double styleFit(CommunicationStyle seeker, CommunicationStyle friend) {
        if (seeker == CommunicationStyle.BALANCED || friend == CommunicationStyle.BALANCED) {
            return seeker == friend ? 0.8 : 0.7;
        }
        if (seeker != friend) {
            return 1.0;
        }
        return seeker == CommunicationStyle.LISTENER ? 0.3 : 0.2;
    }

    /** Bayesian average on the 1–5 scale, as a value in [0, 1]: few ratings stay near the prior. */
    double ratingValue(MatchFacts friend) {
        return (bayesianRating(friend.ratingCount(), friend.ratingSum()) - 1.0) / 4.0;
    }

    public double bayesianRating(int count, int sum) {
        return (weights.ratingPriorWeight() * weights.ratingPriorMean() + sum) / (weights.ratingPriorWeight() + count);
    }

    private ScoreComponent component(String name, double value, double weight) {
        return new ScoreComponent(name, round(value), weight, round(100.0 * weight * value / weights.componentTotal()));
    }

    /** A feedback adjustment as a part: it applies (value 1) and its weight is its points, as they are not scaled. */
    private static ScoreComponent adjustmentComponent(String name, double points) {
        return new ScoreComponent(name, 1.0, round(points), round(points));
    }

    private String reason(String component, MatchFacts seeker, MatchFacts friend, IntFunction<String> interestLabel,
                          Instant reference) {
        String name = friend.displayName();
        return switch (component) {
            case "interests" -> sharedInterests(seeker.interests() & friend.interests(), interestLabel);
            case "traits" -> traitWords(name, friend);
            case "availability" -> sharedTime(seeker, friend, reference);
            case "communicationStyle" -> styleWords(name, seeker.style(), friend.style());
            case "rating" -> friend.ratingCount() == 0 ? null : String.format(Locale.ROOT,
                    "%s is rated %.1f out of 5 by %d %s.", name, friend.ratingSum() / (double) friend.ratingCount(),
                    friend.ratingCount(), friend.ratingCount() == 1 ? "person" : "people");
            default -> null;
        };
    }

    private static String sharedInterests(long shared, IntFunction<String> label) {
        if (shared == 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (long bits = shared; bits != 0 && names.size() < 3; bits &= bits - 1) {
            names.add(label.apply(Long.numberOfTrailingZeros(bits)));
        }
        return "You both enjoy " + joinWords(names) + ".";
    }

    private static String traitWords(String name, MatchFacts friend) {
        if (!friend.traitsKnown()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        if (friend.traits().agreeableness() >= 0.6) {
            words.add("warm");
        }
        if (friend.traits().conscientiousness() >= 0.6) {
            words.add("dependable");
        }
        if (friend.traits().neuroticism() <= 0.4) {
            words.add("calm");
        }
        return words.isEmpty() ? null : name + " comes across as " + joinWords(words) + ".";
    }

    private static String sharedTime(MatchFacts seeker, MatchFacts friend, Instant reference) {
        int halfHours = WeekMask.overlap(seeker.availability(), friend.availability());
        Instant first = WeekMask.firstShared(seeker.availability(), friend.availability(), reference);
        if (halfHours == 0 || first == null) {
            return null;
        }
        ZonedDateTime local = first.atZone(seeker.zone());
        String day = local.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String part = local.getHour() < 12 ? "morning" : local.getHour() < 17 ? "afternoon" : "evening";
        double hours = halfHours / 2.0;
        return String.format(Locale.ROOT, "You are both free %s hours a week at the same time, e.g. %s %s.",
                hours == Math.floor(hours) ? Integer.toString((int) hours) : Double.toString(hours), day, part);
    }

    private static String styleWords(String name, CommunicationStyle seeker, CommunicationStyle friend) {
        if (seeker == CommunicationStyle.TALKER && friend == CommunicationStyle.LISTENER) {
            return name + " loves to listen, and you like to talk.";
        }
        if (seeker == CommunicationStyle.LISTENER && friend == CommunicationStyle.TALKER) {
            return name + " enjoys telling stories, and you like to listen.";
        }
        if (seeker == CommunicationStyle.BALANCED && friend == CommunicationStyle.BALANCED) {
            return "You and " + name + " both like a two-way conversation.";
        }
        return null;
    }

    private static String joinWords(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
