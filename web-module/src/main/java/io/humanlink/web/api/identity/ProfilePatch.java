package io.humanlink.web.api.identity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** PATCH /users/me: absent fields stay as they are. */
public record ProfilePatch(
        @Size(min = 1, max = 80) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String displayName,
        @Size(max = 64) String timeZone,
        @Size(max = 35) String locale,
        @Size(max = 2000) String bio) {
}
