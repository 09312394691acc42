package io.humanlink.web.api.sessions;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.sessions.FeedbackRequest;
import io.humanlink.sessions.SeeAgain;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code POST /sessions/{id}/feedback}: rating 1–5, optional comment, and "see again?" (prioritise|sure|never). */
public record FeedbackBody(Integer rating, String comment, String seeAgain) {

    static final int MAX_COMMENT = 2000;

    FeedbackRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        if (rating == null || rating < 1 || rating > 5) {
            errors.add(new FieldError("rating", "must be a whole number from 1 to 5"));
        }
        String text = new RequestFields(errors).text("comment", comment, MAX_COMMENT);
        SeeAgain again = null;
        try {
            again = seeAgain == null ? null : SeeAgain.valueOf(seeAgain.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            again = null;
        }
        if (again == null) {
            errors.add(new FieldError("seeAgain", "must be one of prioritise, sure, never"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        return new FeedbackRequest(rating, text, again);
    }
}
