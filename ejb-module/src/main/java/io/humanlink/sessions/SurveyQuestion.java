package io.humanlink.sessions;

import java.util.List;

/**
 * One question of a {@link SurveyDefinition}, of one of three kinds. An optional question ({@code required} false) may
 * be left out of the answers, sent as {@code null}, or (text) sent blank; all three mean "not answered".
 */
public sealed interface SurveyQuestion {

    /** Names the answer in the request ({@code answers.<id>}) and in the stored answers. */
    String id();

    String text();

    boolean required();

    /** The kind as named in the definition and on the wire. */
    String kind();

    /** A whole number from {@code min} to {@code max} inclusive (0..10 for NPS, 1..5 for a feeling scale). */
    record Score(String id, String text, boolean required, int min, int max) implements SurveyQuestion {

        /** A 0..10 scale, which the summary reports as a Net Promoter Score. */
        public boolean isNpsScale() {
            return min == 0 && max == 10;
        }

        @Override
        public String kind() {
            return "score";
        }
    }

    /** One code out of a fixed list. */
    record Choice(String id, String text, boolean required, List<String> options) implements SurveyQuestion {

        public Choice {
            options = List.copyOf(options);
        }

        @Override
        public String kind() {
            return "choice";
        }
    }

    /** Free text of at most {@code maxLength} characters (Unicode code points). */
    record Text(String id, String text, boolean required, int maxLength) implements SurveyQuestion {

        @Override
        public String kind() {
            return "text";
        }
    }
}
