package io.humanlink.sessions;

/** A participant's feedback on a completed session (validated by the web tier's parser before it gets here). */
public record FeedbackRequest(int rating, String comment, SeeAgain seeAgain) {
}
