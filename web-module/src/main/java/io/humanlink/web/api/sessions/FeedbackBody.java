package io.humanlink.web.api.sessions;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.sessions.FeedbackRequest;
import io.humanlink.sessions.SeeAgain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /sessions/{id}/feedback}: rating 1–5 (a JSON integer; exact, see {@link RequestFields}), optional
 * comment, and "see again?" (prioritise|sure|never).
 */
public record FeedbackBody(@Schema(type = SchemaType.INTEGER) BigDecimal rating, String comment, String seeAgain) {

    static final int MAX_COMMENT = 2000;

    FeedbackRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        Integer stars = rating == null ? null : RequestFields.exactInt(rating);
        if (stars == null || stars < 1 || stars > 5) {
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
        return new FeedbackRequest(stars, text, again);
    }
}
