package io.humanlink.web.api.matching;

import jakarta.validation.constraints.Size;

/** Why a proposal is declined; neverAgain keeps that Friend out of all future proposals. */
public record DeclineRequest(@Size(max = 500) String reason, Boolean neverAgain) {
}
