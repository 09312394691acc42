package io.humanlink.web.api.identity;

import io.humanlink.identity.Role;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

public record RolesRequest(@NotNull Set<Role> roles) {
}
