package io.humanlink.web.api.identity;

/**
 * Start of sign-in with X. {@code binding} is a secret for the client that asked: keep it (not in any URL) and send it
 * with the callback; it proves the callback comes from where the sign-in started.
 */
public record XAuthorizationResponse(String authorizationUrl, String state, String binding) {
}
