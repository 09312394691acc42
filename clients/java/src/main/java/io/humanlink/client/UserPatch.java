package io.humanlink.client;

import jakarta.json.JsonObject;

/** Body of {@code PATCH /users/me}: a {@code null} field is left out of the request and so left unchanged. */
public record UserPatch(String displayName, String timeZone, String locale, String bio) {

    public static UserPatch displayName(String displayName) {
        return new UserPatch(displayName, null, null, null);
    }

    public static UserPatch timeZone(String timeZone) {
        return new UserPatch(null, timeZone, null, null);
    }

    public static UserPatch bio(String bio) {
        return new UserPatch(null, null, null, bio);
    }

    public JsonObject toJson() {
        return Json.object().add("displayName", displayName).add("timeZone", timeZone).add("locale", locale)
                .add("bio", bio).build();
    }
}
