package io.humanlink.web.api.profile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** PUT /friends/me/availability: weekly windows and dated exceptions, in timeZone (default: the profile's). */
public record AvailabilityRequest(
        @Size(max = 64) String timeZone,
        @NotNull @Size(max = 42) List<Slot> weekly,
        @Size(max = 100) List<DatedChange> exceptions) {

    public record Slot(String day, String from, String to) {
    }

    public record DatedChange(String date, String from, String to, Boolean available) {
    }
}
