package io.humanlink.identity;

/**
 * Where to send the browser to sign in with X, the state that must come back with the code, and the binding secret
 * the starting client keeps to itself (never in a URL) and presents with the callback.
 */
public record XAuthorization(String authorizationUrl, String state, String binding) {
}
