package io.humanlink.client;

import jakarta.json.JsonObject;

/** What sign-in and refresh answer: a short-lived JWT access token and an opaque, single-use refresh token. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn, String tokenType) {

    public static TokenPair fromJson(JsonObject json) {
        Long expiresIn = Json.number(json, "expiresIn");
        return new TokenPair(Json.string(json, "accessToken"), Json.string(json, "refreshToken"),
                expiresIn == null ? 0 : expiresIn, Json.string(json, "tokenType"));
    }
}
