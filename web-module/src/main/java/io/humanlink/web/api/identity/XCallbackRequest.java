package io.humanlink.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What X sent back to our redirect URI, plus the {@code binding} our authorize answer gave the client that started
 * the sign-in (a missing or wrong one is an invalid state, 400 {@code invalid-oauth-state}); termsVersion is needed
 * only when a new account is made.
 */
public record XCallbackRequest(@NotBlank @Size(max = 2048) String code, @NotBlank @Size(max = 64) String state,
                               @Size(max = 64) String binding, @Size(max = 32) String termsVersion) {
}
