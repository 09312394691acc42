package io.humanlink.web.api.sessions;

import io.humanlink.sessions.Feedback;
import java.time.Instant;
import java.util.UUID;

/** Feedback as stored. */
public record FeedbackResponse(UUID sessionId, String author, int rating, String comment, String seeAgain,
                               Instant createdAt) {

    static FeedbackResponse of(Feedback f) {
        return new FeedbackResponse(f.getSession().getPublicId(), f.getAuthorRole().name(), f.getRating(),
                f.getComment(), f.getSeeAgain().name().toLowerCase(java.util.Locale.ROOT), f.getCreatedAt());
    }
}
