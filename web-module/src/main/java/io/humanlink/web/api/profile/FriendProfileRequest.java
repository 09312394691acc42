package io.humanlink.web.api.profile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** PUT /friends/me/profile: the whole profile; vocabulary codes are checked by the domain, naming each entry. */
public record FriendProfileRequest(
        @NotNull @Size(max = 2000) String bio,
        @NotNull @Size(max = 20) List<String> languages,
        @NotNull @Size(max = 20) List<String> interests,
        @NotNull @Size(max = 3) List<String> sessionTypes,
        String priceTier,
        @NotNull Boolean acceptingNew,
        @NotNull Integer maxSessionsPerDay) {
}
