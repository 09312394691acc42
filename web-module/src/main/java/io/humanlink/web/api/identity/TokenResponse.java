package io.humanlink.web.api.identity;

import io.humanlink.identity.TokenPair;

public record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {

    static TokenResponse of(TokenPair pair) {
        return new TokenResponse(pair.accessToken(), pair.refreshToken(), pair.expiresIn(), "Bearer");
    }
}
