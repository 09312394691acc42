package io.humanlink.web.api.identity;

import io.humanlink.identity.Role;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** {@code PUT /admin/users/{id}/roles}: the complete new set; a null entry is a validation error, not a 500. */
public record RolesRequest(@NotNull Set<@NotNull Role> roles) {
}
