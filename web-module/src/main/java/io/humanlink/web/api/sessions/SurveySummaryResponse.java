package io.humanlink.web.api.sessions;

import io.humanlink.sessions.SurveySummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The figures of a survey's current version over a time window. Each question has its {@code kind} and the figures
 * that kind has; the others are null: {@code average} and {@code distribution} (value to count, every value of the
 * scale) for a score, {@code nps} for a 0..10 score, {@code counts} (option to count, every option) for a choice.
 */
public record SurveySummaryResponse(String survey, String version, Instant from, Instant to, long responses,
                                    List<Question> questions) {

    public record Question(String id, String kind, long answered, Double average, Map<Integer, Long> distribution,
                           Nps nps, Map<String, Long> counts) {
    }

    /** Net Promoter Score (-100..100, null before any answer): % promoters (9-10) minus % detractors (0-6). */
    public record Nps(Double score, long promoters, long passives, long detractors) {
    }

    static SurveySummaryResponse of(SurveySummary summary) {
        return new SurveySummaryResponse(summary.key(), summary.version(), summary.from(), summary.to(),
                summary.responses(), summary.questions().stream().map(SurveySummaryResponse::question).toList());
    }

    private static Question question(SurveySummary.QuestionSummary question) {
        return switch (question) {
            case SurveySummary.ScoreSummary score -> new Question(score.id(), "score", score.answered(),
                    score.average(), score.distribution(), score.nps() == null ? null
                    : new Nps(score.nps().score(), score.nps().promoters(), score.nps().passives(),
                            score.nps().detractors()),
                    null);
            case SurveySummary.ChoiceSummary choice -> new Question(choice.id(), "choice", choice.answered(), null,
                    null, null, choice.counts());
            case SurveySummary.TextSummary text -> new Question(text.id(), "text", text.answered(), null, null, null,
                    null);
        };
    }
}
