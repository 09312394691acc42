package io.humanlink.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The figures of one survey version over a time window, question by question, for managers. Counts are exact; the
 * derived figures are rounded (NPS to one decimal, averages to two) and null when nobody answered.
 *
 * @param from       responses created at or after this instant were counted (null = since the first)
 * @param to         responses created before this instant were counted (null = up to now)
 * @param responses  how many responses were counted
 */
public record SurveySummary(String key, String version, Instant from, Instant to, long responses,
                            List<QuestionSummary> questions) {

    public SurveySummary {
        questions = List.copyOf(questions);
    }

    /** The figures of one question; {@code answered} counts the responses that answered it. */
    public sealed interface QuestionSummary {
        String id();

        long answered();
    }

    /**
     * @param distribution how many answered each value, for every value of the scale in order
     * @param nps          for a 0..10 scale, its Net Promoter Score; else null
     */
    public record ScoreSummary(String id, long answered, Double average, Map<Integer, Long> distribution, Nps nps)
            implements QuestionSummary {
    }

    /**
     * Net Promoter Score: the percentage of promoters (9 or 10) minus that of detractors (0 to 6), from -100 to 100;
     * passives (7 or 8) count only in the total.
     */
    public record Nps(long promoters, long passives, long detractors, Double score) {
    }

    /** @param counts how many chose each option, for every option in the definition's order */
    public record ChoiceSummary(String id, long answered, Map<String, Long> counts) implements QuestionSummary {
    }

    /** Only how many wrote something: the texts themselves are not part of a summary. */
    public record TextSummary(String id, long answered) implements QuestionSummary {
    }
}
