package io.humanlink.web.api.matching;

import io.humanlink.matching.Match;
import java.time.Instant;
import java.util.UUID;

/** Someone currently matched with the calling Friend. */
public record MatchedUserResponse(UUID matchId, UUID userId, String displayName, Instant since) {

    static MatchedUserResponse of(Match m) {
        return new MatchedUserResponse(m.getPublicId(), m.getUser().getPublicId(), m.getUser().getDisplayName(),
                m.getDecidedAt());
    }
}
