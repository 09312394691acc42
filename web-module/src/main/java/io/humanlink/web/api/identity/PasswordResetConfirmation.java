package io.humanlink.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PasswordResetConfirmation(@NotBlank @Size(max = 200) String token,
                                        @NotNull @Size(max = 128) String newPassword) {
}
