package io.humanlink.web.api.identity;

import io.humanlink.identity.User;
import java.util.List;
import java.util.UUID;

/** An account as other members see it: no email, no status. */
public record PublicUserResponse(UUID id, String displayName, String bio, List<String> roles) {

    static PublicUserResponse of(User user) {
        return new PublicUserResponse(user.getPublicId(), user.getDisplayName(), user.getBio(),
                user.getRoles().stream().map(Enum::name).sorted().toList());
    }
}
