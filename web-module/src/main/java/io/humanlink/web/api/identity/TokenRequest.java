package io.humanlink.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A one-time token from an emailed link. */
public record TokenRequest(@NotBlank @Size(max = 200) String token) {
}
