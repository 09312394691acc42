package io.humanlink.web.api.identity;

import io.humanlink.identity.FriendApplication;
import java.time.Instant;
import java.util.UUID;

/** A Friend application; applicant fields let reviewers see whom they decide about. */
public record FriendApplicationResponse(UUID id, UUID applicantId, String applicantName, String status,
                                        String motivation, Instant createdAt, Instant decidedAt, String decisionNote) {

    static FriendApplicationResponse of(FriendApplication application) {
        return new FriendApplicationResponse(application.getPublicId(), application.getApplicant().getPublicId(),
                application.getApplicant().getDisplayName(), application.getStatus().name(),
                application.getMotivation(), application.getCreatedAt(), application.getDecidedAt(),
                application.getDecisionNote());
    }
}
