package io.humanlink.client;

import jakarta.json.JsonObject;

/** Body of {@code POST /auth/signup}; {@code termsVersion} must be the terms version the server currently asks for. */
public record SignupRequest(String email, String password, String displayName, String timeZone, String termsVersion) {

    public JsonObject toJson() {
        return Json.object().add("email", email).add("password", password).add("displayName", displayName)
                .add("timeZone", timeZone).add("termsVersion", termsVersion).build();
    }
}
