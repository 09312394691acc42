package io.humanlink.client;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * An application to become a Friend. {@code applicantId}/{@code applicantName} are filled in the admin listing only;
 * {@code decidedAt} is {@code null} while it is pending.
 */
public record FriendApplication(String id, String status, String motivation, Instant createdAt, Instant decidedAt,
                                String applicantId, String applicantName) {

    public static FriendApplication fromJson(JsonObject json) {
        return new FriendApplication(Json.string(json, "id"), Json.string(json, "status"),
                Json.string(json, "motivation"), Json.instant(json, "createdAt"), Json.instant(json, "decidedAt"),
                Json.string(json, "applicantId"), Json.string(json, "applicantName"));
    }
}
