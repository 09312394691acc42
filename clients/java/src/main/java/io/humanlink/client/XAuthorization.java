package io.humanlink.client;

import jakarta.json.JsonObject;
import java.net.URI;

/**
 * Start of sign-in with X: send the browser to {@link #authorizationUrl()}, then hand back its code with this state and
 * {@link #binding()}. Keep the binding where only this client sees it (never in a URL): the server finishes the
 * sign-in only for whoever presents it.
 */
public record XAuthorization(URI authorizationUrl, String state, String binding) {

    public static XAuthorization fromJson(JsonObject json) {
        String url = Json.string(json, "authorizationUrl");
        return new XAuthorization(url == null ? null : URI.create(url), Json.string(json, "state"),
                Json.string(json, "binding"));
    }
}
