package io.humanlink.web.api.sessions;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.sessions.BookingRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /sessions}: whom, how, when (ISO-8601 with offset) and for how many minutes (a JSON integer, taken as
 * {@link BigDecimal} so that a value outside int is refused rather than wrapped; see {@link RequestFields}).
 */
public record BookSessionRequest(String friendId, String type, String start,
                                 @Schema(type = SchemaType.INTEGER) BigDecimal durationMinutes) {

    BookingRequest toBooking() {
        List<FieldError> errors = new ArrayList<>();
        RequestFields fields = new RequestFields(errors);
        var friend = fields.uuid("friendId", friendId);
        var sessionType = fields.type("type", type);
        var at = fields.instant("start", start, true);
        var minutes = fields.positive("durationMinutes", durationMinutes, true);
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        return new BookingRequest(friend, sessionType, at, minutes);
    }
}
