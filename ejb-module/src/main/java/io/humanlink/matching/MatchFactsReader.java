package io.humanlink.matching;

import io.humanlink.profile.SessionType;
import io.humanlink.profile.WeeklySlot;
import io.humanlink.profile.WeeklySlotsJson;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns stored profile columns into {@link MatchFacts}: comma-separated codes become bit masks by their index in the
 * questionnaire's ordered vocabularies, weekly slots become a UTC {@link WeekMask} for the reference week.
 */
@ApplicationScoped
public class MatchFactsReader {

    private static final TraitScores NEUTRAL = new TraitScores(0.5, 0.5, 0.5, 0.5, 0.5);

    @Inject
    QuestionnaireDefinition questionnaire;

    private Map<String, Integer> interestBits;
    private Map<String, Integer> languageBits;

    @PostConstruct
    void indexVocabularies() {
        interestBits = index(questionnaire.interests());
        languageBits = index(questionnaire.languages());
    }

    public String interestLabel(int bit) {
        return questionnaire.interests().get(bit).replace('-', ' ');
    }

    public long interestMask(String csv) {
        return mask(csv, interestBits);
    }

    public long languageMask(String csv) {
        return mask(csv, languageBits);
    }

    public static int sessionTypeMask(String csv) {
        int mask = 0;
        for (String code : codes(csv)) {
            if (SessionType.isCode(code)) {
                mask |= SessionType.fromCode(code).bit();
            }
        }
        return mask;
    }

    /** Reads the personality columns (prefix {@code p.}) of a seeker row. */
    MatchFacts seeker(ResultSet row, Instant reference) throws SQLException {
        ZoneId zone = ZoneId.of(row.getString("time_zone"));
        List<WeeklySlot> slots = WeeklySlotsJson.read(row.getString("availability"));
        return MatchFacts.of(row.getLong("user_id"), row.getString("display_name"), zone,
                interestMask(row.getString("interests")), languageMask(row.getString("languages")),
                sessionTypeMask(row.getString("session_types")),
                style(row.getString("communication_style")), traits(row), true,
                WeekMask.of(slots, zone, reference), 0, 0, false, 0);
    }

    /** Reads a Friend row; traits and style come from their own questionnaire, neutral when they have none. */
    MatchFacts friend(ResultSet row, List<WeeklySlot> slots, Instant reference) throws SQLException {
        ZoneId zone = ZoneId.of(row.getString("friend_time_zone"));
        boolean known = row.getString("communication_style") != null;
        return MatchFacts.of(row.getLong("user_id"), row.getString("display_name"), zone,
                interestMask(row.getString("friend_interests")), languageMask(row.getString("friend_languages")),
                sessionTypeMask(row.getString("friend_session_types")),
                known ? style(row.getString("communication_style")) : CommunicationStyle.BALANCED,
                known ? traits(row) : NEUTRAL, known, WeekMask.of(slots, zone, reference),
                row.getInt("rating_count"), row.getInt("rating_sum"), row.getBoolean("accepting_new"),
                row.getInt("active_matches"));
    }

    private static CommunicationStyle style(String stored) {
        return CommunicationStyle.valueOf(stored.strip().toUpperCase(Locale.ROOT));
    }

    private static TraitScores traits(ResultSet row) throws SQLException {
        return new TraitScores(row.getDouble("trait_openness"), row.getDouble("trait_conscientiousness"),
                row.getDouble("trait_extraversion"), row.getDouble("trait_agreeableness"),
                row.getDouble("trait_neuroticism"));
    }

    private static long mask(String csv, Map<String, Integer> bits) {
        long mask = 0;
        for (String code : codes(csv)) {
            Integer bit = bits.get(code);
            if (bit != null) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }

    /**
     * The codes of a comma-separated list, trimmed and lower-cased, blanks dropped. Split by hand: a regex split per
     * column per seeker showed in the nightly job's profile.
     */
    static List<String> codes(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(8);
        int from = 0;
        while (from <= csv.length()) {
            int comma = csv.indexOf(',', from);
            int to = comma < 0 ? csv.length() : comma;
            String code = csv.substring(from, to).strip();
            if (!code.isEmpty()) {
                codes.add(code.toLowerCase(Locale.ROOT));
            }
            from = to + 1;
        }
        return codes;
    }

    private static Map<String, Integer> index(List<String> vocabulary) {
        if (vocabulary.size() > 64) {
            throw new IllegalStateException("a match vocabulary must fit in 64 bits, has " + vocabulary.size());
        }
        Map<String, Integer> bits = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            bits.put(vocabulary.get(i), i);
        }
        return bits;
    }
}
