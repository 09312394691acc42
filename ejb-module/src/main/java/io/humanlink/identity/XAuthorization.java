package io.humanlink.identity;

/** Where to send the browser to sign in with X, and the state that must come back with the code. */
public record XAuthorization(String authorizationUrl, String state) {
}
