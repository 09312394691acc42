package io.humanlink.sessions;

import io.humanlink.sessions.SurveySummary.ChoiceSummary;
import io.humanlink.sessions.SurveySummary.Nps;
import io.humanlink.sessions.SurveySummary.QuestionSummary;
import io.humanlink.sessions.SurveySummary.ScoreSummary;
import io.humanlink.sessions.SurveySummary.TextSummary;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts stored answers of one survey version into a {@link SurveySummary}, one response at a time, so a summary over
 * many responses needs memory for the counts only. An answer that does not fit the definition (which validation
 * prevents for the same version) is not counted.
 */
public final class SurveyTally {

    /** Promoters answer 9 or 10, detractors 0 to 6 (the NPS convention). */
    static final int LOWEST_PROMOTER = 9;
    static final int HIGHEST_DETRACTOR = 6;

    private final SurveyDefinition definition;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, Long> answered = new LinkedHashMap<>();
    private long responses;

    public SurveyTally(SurveyDefinition definition) {
        this.definition = definition;
        for (SurveyQuestion question : definition.questions()) {
            answered.put(question.id(), 0L);
            switch (question) {
                case SurveyQuestion.Score score -> counts.put(score.id(), new long[score.max() - score.min() + 1]);
                case SurveyQuestion.Choice choice -> counts.put(choice.id(), new long[choice.options().size()]);
                case SurveyQuestion.Text text -> { }
            }
        }
    }

    /** Counts one stored response's answers. */
    public void add(JsonObject answers) {
        responses++;
        for (SurveyQuestion question : definition.questions()) {
            JsonValue answer = answers.get(question.id());
            if (SurveyValidator.isAnswered(answer) && count(question, answer)) {
                answered.merge(question.id(), 1L, Long::sum);
            }
        }
    }

    private boolean count(SurveyQuestion question, JsonValue answer) {
        return switch (question) {
            case SurveyQuestion.Score score -> {
                if (!(answer instanceof JsonNumber number) || !number.isIntegral()
                        || number.doubleValue() < score.min() || number.doubleValue() > score.max()) {
                    yield false;
                }
                counts.get(score.id())[number.intValue() - score.min()]++;
                yield true;
            }
            case SurveyQuestion.Choice choice -> {
                int index = answer instanceof JsonString code ? choice.options().indexOf(code.getString()) : -1;
                if (index < 0) {
                    yield false;
                }
                counts.get(choice.id())[index]++;
                yield true;
            }
            case SurveyQuestion.Text text -> answer instanceof JsonString;
        };
    }

    public SurveySummary summary(Instant from, Instant to) {
        List<QuestionSummary> questions = new ArrayList<>();
        for (SurveyQuestion question : definition.questions()) {
            long n = answered.get(question.id());
            questions.add(switch (question) {
                case SurveyQuestion.Score score -> score(score, n);
                case SurveyQuestion.Choice choice -> {
                    Map<String, Long> perOption = new LinkedHashMap<>();
                    long[] c = counts.get(choice.id());
                    for (int i = 0; i < c.length; i++) {
                        perOption.put(choice.options().get(i), c[i]);
                    }
                    yield new ChoiceSummary(choice.id(), n, perOption);
                }
                case SurveyQuestion.Text text -> new TextSummary(text.id(), n);
            });
        }
        return new SurveySummary(definition.key(), definition.version(), from, to, responses, questions);
    }

    private ScoreSummary score(SurveyQuestion.Score score, long n) {
        long[] c = counts.get(score.id());
        Map<Integer, Long> distribution = new LinkedHashMap<>();
        long sum = 0;
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (int i = 0; i < c.length; i++) {
            int value = score.min() + i;
            distribution.put(value, c[i]);
            sum += value * c[i];
            if (value >= LOWEST_PROMOTER) {
                promoters += c[i];
            } else if (value <= HIGHEST_DETRACTOR) {
                detractors += c[i];
            } else {
                passives += c[i];
            }
        }
        Double average = n == 0 ? null : divide(sum, n, 2);
        return new ScoreSummary(score.id(), n, average, distribution,
                score.isNpsScale() ? nps(promoters, passives, detractors) : null);
    }

    /** The Net Promoter Score of these counts: (promoters - detractors) / all * 100, to one decimal. */
    public static Nps nps(long promoters, long passives, long detractors) {
        long all = promoters + passives + detractors;
        return new Nps(promoters, passives, detractors,
                all == 0 ? null : divide(100 * (promoters - detractors), all, 1));
    }

    private static double divide(long dividend, long divisor, int decimals) {
        return BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
