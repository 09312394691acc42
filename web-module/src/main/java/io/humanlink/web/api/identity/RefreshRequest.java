package io.humanlink.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of refresh and logout. */
public record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
}
