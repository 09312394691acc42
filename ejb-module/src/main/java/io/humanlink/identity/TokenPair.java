package io.humanlink.identity;

/** What a successful sign-in returns: a short-lived access JWT and an opaque, rotating refresh token. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn) {
}
