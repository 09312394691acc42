package io.humanlink.client;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Set;

/** A user as they (or an admin) see themselves: {@code GET /users/me}, sign-up, {@code /admin/users}. */
public record UserView(String id, String email, String displayName, Set<String> roles, boolean emailVerified,
                       String timeZone, String locale, String bio, String status, Instant createdAt) {

    public static UserView fromJson(JsonObject json) {
        return new UserView(Json.string(json, "id"), Json.string(json, "email"), Json.string(json, "displayName"),
                Json.stringSet(json, "roles"), Json.bool(json, "emailVerified"), Json.string(json, "timeZone"),
                Json.string(json, "locale"), Json.string(json, "bio"), Json.string(json, "status"),
                Json.instant(json, "createdAt"));
    }
}
