package io.humanlink.matching;

import java.time.ZoneId;

/**
 * What scoring needs to know about one person, flattened for speed: vocabularies as bit masks (bit = index of the
 * code in the questionnaire's ordered lists), availability as a {@link WeekMask}. Used for seekers and Friends alike;
 * the Friend-only fields are zero for seekers.
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
        int activeMatches) {
}
