package io.humanlink.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Sign-up body; deeper rules (password policy, time zone, terms version) are the domain's. */
public record SignupRequest(
        @NotBlank @Size(max = 254) String email,
        @NotNull @Size(max = 128) String password,
        @NotBlank @Size(max = 80) String displayName,
        @NotBlank @Size(max = 64) String timeZone,
        @NotBlank @Size(max = 32) String termsVersion,
        @Size(max = 35) String locale) {
}
