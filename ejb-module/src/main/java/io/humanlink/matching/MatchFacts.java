package io.humanlink.matching;

import java.time.ZoneId;

/**
 * What scoring needs to know about one person, flattened for speed: vocabularies as bit masks (bit = index of the
 * code in the questionnaire's ordered lists), availability as a {@link WeekMask}. Used for seekers and Friends alike;
 * the Friend-only fields are zero for seekers. {@code availableHalfHours} is the bit count of {@code availability},
 * kept so that the hot loop does not recount it for every pair: build with {@link #of}.
 */
public record MatchFacts(
        long userId,
        String displayName,
        ZoneId zone,
        long interests,
        long languages,
        int sessionTypes,
        CommunicationStyle style,
        TraitScores traits,
        boolean traitsKnown,
        long[] availability,
        int ratingCount,
        int ratingSum,
        boolean accepting,
        int activeMatches,
        int availableHalfHours) {

    public static MatchFacts of(long userId, String displayName, ZoneId zone, long interests, long languages,
                                int sessionTypes, CommunicationStyle style, TraitScores traits, boolean traitsKnown,
                                long[] availability, int ratingCount, int ratingSum, boolean accepting,
                                int activeMatches) {
        return new MatchFacts(userId, displayName, zone, interests, languages, sessionTypes, style, traits,
                traitsKnown, availability, ratingCount, ratingSum, accepting, activeMatches, WeekMask.count(availability));
    }
}
