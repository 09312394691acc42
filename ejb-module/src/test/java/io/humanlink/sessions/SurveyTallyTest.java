package io.humanlink.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.humanlink.sessions.SurveySummary.ChoiceSummary;
import io.humanlink.sessions.SurveySummary.Nps;
import io.humanlink.sessions.SurveySummary.ScoreSummary;
import io.humanlink.sessions.SurveySummary.TextSummary;
import jakarta.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SurveyTallyTest {

    private static final SurveyDefinitions SURVEYS = SurveyDefinitions.fromClassPath();

    @Test
    void npsIsPercentPromotersMinusPercentDetractors() {
        assertThat(SurveyTally.nps(3, 1, 1)).isEqualTo(new Nps(3, 1, 1, 40.0));
        assertThat(SurveyTally.nps(0, 0, 4)).isEqualTo(new Nps(0, 0, 4, -100.0));
        assertThat(SurveyTally.nps(5, 0, 0)).isEqualTo(new Nps(5, 0, 0, 100.0));
        assertThat(SurveyTally.nps(0, 7, 0).score()).isEqualTo(0.0);
        assertThat(SurveyTally.nps(2, 2, 2).score()).isEqualTo(0.0);
    }

    @Test
    void npsIsRoundedToOneDecimalAndUndefinedWithoutAnswers() {
        assertThat(SurveyTally.nps(1, 2, 0).score()).isEqualTo(33.3);
        assertThat(SurveyTally.nps(0, 1, 2).score()).isEqualTo(-66.7);
        assertThat(SurveyTally.nps(2, 0, 1).score()).isEqualTo(33.3);
        assertThat(SurveyTally.nps(0, 0, 0).score()).isNull();
    }

    @Test
    void npsSurveyCountsBandsFromTheScoresEightAndSevenArePassiveSixIsADetractor() {
        SurveyTally tally = new SurveyTally(SURVEYS.require("nps"));
        for (int score : new int[] {10, 9, 9, 8, 7, 6, 0}) {
            tally.add(Json.createObjectBuilder().add("q1", score).build());
        }
        tally.add(Json.createObjectBuilder().add("q1", 10).add("comment", "Lovely").build());

        SurveySummary summary = tally.summary(null, null);

        assertThat(summary.responses()).isEqualTo(8);
        ScoreSummary q1 = (ScoreSummary) summary.questions().get(0);
        assertThat(q1.answered()).isEqualTo(8);
        // promoters 10, 9, 9, 10 = 4; passives 8, 7 = 2; detractors 6, 0 = 2 -> (4 - 2) / 8 = 25 %
        assertThat(q1.nps()).isEqualTo(new Nps(4, 2, 2, 25.0));
        assertThat(q1.average()).isEqualTo(7.38); // 59 / 8 = 7.375
        assertThat(q1.distribution()).hasSize(11).containsEntry(0, 1L).containsEntry(9, 2L).containsEntry(10, 2L)
                .containsEntry(5, 0L);
        assertThat(q1.distribution().keySet()).startsWith(0, 1, 2);
        assertThat(summary.questions().get(1)).isEqualTo(new TextSummary("comment", 1));
    }

    @Test
    void aOneToFiveScaleHasAnAverageButNoNps() {
        SurveyTally tally = new SurveyTally(SURVEYS.require("after-session"));
        tally.add(Json.createObjectBuilder().add("q1", 5).add("helped", "advice").build());
        tally.add(Json.createObjectBuilder().add("q1", 4).add("helped", "advice").add("comment", "Good").build());
        tally.add(Json.createObjectBuilder().add("q1", 2).add("helped", "company").build());
        tally.add(Json.createObjectBuilder().add("q1", 4).build());

        SurveySummary summary = tally.summary(Instant.EPOCH, null);

        ScoreSummary q1 = (ScoreSummary) summary.questions().get(0);
        assertThat(q1.average()).isEqualTo(3.75);
        assertThat(q1.nps()).isNull();
        assertThat(q1.distribution()).containsExactly(entry(1, 0L), entry(2, 1L), entry(3, 0L), entry(4, 2L),
                entry(5, 1L));
        ChoiceSummary helped = (ChoiceSummary) summary.questions().get(1);
        assertThat(helped.answered()).isEqualTo(3);
        assertThat(helped.counts()).containsEntry("advice", 2L).containsEntry("company", 1L)
                .containsEntry("being-heard", 0L).hasSize(7);
        assertThat(helped.counts().keySet()).startsWith("being-heard", "conversation", "advice");
        assertThat(summary.questions().get(2)).isEqualTo(new TextSummary("comment", 1));
        assertThat(summary.from()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void withoutResponsesEveryFigureIsZeroOrUndefined() {
        SurveySummary summary = new SurveyTally(SURVEYS.require("nps")).summary(null, null);

        assertThat(summary.responses()).isZero();
        ScoreSummary q1 = (ScoreSummary) summary.questions().get(0);
        assertThat(q1.answered()).isZero();
        assertThat(q1.average()).isNull();
        assertThat(q1.nps()).isEqualTo(new Nps(0, 0, 0, null));
    }

    @Test
    void storedAnswersThatDoNotFitTheDefinitionAreNotCounted() {
        SurveyTally tally = new SurveyTally(SURVEYS.require("after-session"));
        tally.add(Json.createObjectBuilder().add("q1", 9).add("helped", "retired-option").build());

        SurveySummary summary = tally.summary(null, null);

        assertThat(summary.responses()).isEqualTo(1);
        assertThat(summary.questions()).allSatisfy(question -> assertThat(question.answered()).isZero());
    }
}
