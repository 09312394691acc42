package io.humanlink.web.api.identity;

import io.humanlink.identity.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as its owner (or an admin) sees it. */
public record UserResponse(UUID id, String email, String displayName, List<String> roles, boolean emailVerified,
                           String timeZone, String locale, String bio, String status, Instant createdAt) {

    public static UserResponse of(User user) {
        return new UserResponse(user.getPublicId(), user.getEmail(), user.getDisplayName(),
                user.getRoles().stream().map(Enum::name).sorted().toList(), user.isEmailVerified(),
                user.getTimeZone(), user.getLocale(), user.getBio(), user.getStatus().name(), user.getCreatedAt());
    }
}
