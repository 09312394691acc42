package io.humanlink.client;

import jakarta.json.JsonObject;
import java.net.URI;

/** Start of sign-in with X: send the browser to {@link #authorizationUrl()}, then hand back its code and this state. */
public record XAuthorization(URI authorizationUrl, String state) {

    public static XAuthorization fromJson(JsonObject json) {
        String url = Json.string(json, "authorizationUrl");
        return new XAuthorization(url == null ? null : URI.create(url), Json.string(json, "state"));
    }
}
