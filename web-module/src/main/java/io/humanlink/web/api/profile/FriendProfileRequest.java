package io.humanlink.web.api.profile;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * PUT /friends/me/profile: the whole profile; vocabulary codes are checked by the domain, naming each entry. The daily
 * cap is bound as {@link BigDecimal} with at most two whole digits, so 4294967300 or 4.5 are refused by name instead of
 * being wrapped or truncated into an int by the JSON binding.
 */
public record FriendProfileRequest(
        @NotNull @Size(max = 2000) String bio,
        @NotNull @Size(max = 20) List<String> languages,
        @NotNull @Size(max = 20) List<String> interests,
        @NotNull @Size(max = 3) List<String> sessionTypes,
        String priceTier,
        @NotNull Boolean acceptingNew,
        @NotNull @Digits(integer = 2, fraction = 0) @Schema(type = SchemaType.INTEGER) BigDecimal maxSessionsPerDay) {

    int maxSessionsPerDayValue() {
        return maxSessionsPerDay.intValueExact();
    }
}
