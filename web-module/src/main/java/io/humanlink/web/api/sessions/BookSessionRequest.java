package io.humanlink.web.api.sessions;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.sessions.BookingRequest;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /sessions}: whom, how, when (ISO-8601 with offset) and for how many minutes. */
public record BookSessionRequest(String friendId, String type, String start, Integer durationMinutes) {

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
