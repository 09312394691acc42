package io.humanlink.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** termsVersion is needed only when the sign-in creates a new account. */
public record GoogleSignInRequest(@NotBlank @Size(max = 8192) String idToken, @Size(max = 32) String termsVersion) {
}
