package io.humanlink.matching;

/**
 * What a seeker last said about sessions with one Friend, as far as it moves that pair's score: the rating of their
 * latest feedback on that Friend and whether it asked to see them again with priority. Only the latest counts, so a
 * good session after a bad one lifts the penalty. "Never again" is not here: it excludes the pair altogether.
 *
 * @param rating      1–5, the rating of the latest feedback
 * @param prioritised its "see again?" answer was PRIORITISE
 */
public record PairFeedback(int rating, boolean prioritised) {

    /** A rating at or below this is low: the pair is ranked lower, and a current match is re-matched. */
    public static final int LOW_RATING = 2;

    public PairFeedback {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1..5, was " + rating);
        }
    }

    public boolean lowRating() {
        return rating <= LOW_RATING;
    }
}
