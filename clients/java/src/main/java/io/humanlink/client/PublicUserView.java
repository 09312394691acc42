package io.humanlink.client;

import jakarta.json.JsonObject;
import java.util.Set;

/** Another user as any signed-in user may see them ({@code GET /users/{id}}): no email, no account state. */
public record PublicUserView(String id, String displayName, String bio, Set<String> roles) {

    public static PublicUserView fromJson(JsonObject json) {
        return new PublicUserView(Json.string(json, "id"), Json.string(json, "displayName"), Json.string(json, "bio"),
                Json.stringSet(json, "roles"));
    }
}
