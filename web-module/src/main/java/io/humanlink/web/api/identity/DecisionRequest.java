package io.humanlink.web.api.identity;

import jakarta.validation.constraints.Size;

/** Optional words that go with a decision (a reason for a rejection, a suspension). */
public record DecisionRequest(@Size(max = 500) String reason) {
}
