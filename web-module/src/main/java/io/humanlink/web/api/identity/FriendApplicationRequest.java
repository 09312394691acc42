package io.humanlink.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record FriendApplicationRequest(@NotBlank @Size(min = 20, max = 2000) String motivation) {
}
