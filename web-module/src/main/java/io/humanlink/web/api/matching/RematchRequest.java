package io.humanlink.web.api.matching;

import jakarta.validation.constraints.Size;

public record RematchRequest(@Size(max = 500) String reason) {
}
