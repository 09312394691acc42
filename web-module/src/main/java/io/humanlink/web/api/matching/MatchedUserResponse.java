package io.humanlink.web.api.matching;

import io.humanlink.matching.Match;
import java.time.Instant;
import java.util.UUID;

/** Someone currently matched with the calling Friend, and the pair's conversation. */
public record MatchedUserResponse(UUID matchId, UUID userId, String displayName, Instant since, UUID conversationId) {

    static MatchedUserResponse of(Match m) {
        return new MatchedUserResponse(m.getPublicId(), m.getUser().getPublicId(), m.getUser().getDisplayName(),
                m.getDecidedAt(), m.getConversation() == null ? null : m.getConversation().getPublicId());
    }
}
