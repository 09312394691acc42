package io.humanlink.web.api.identity;

public record XAuthorizationResponse(String authorizationUrl, String state) {
}
