package io.humanlink.web.api.chat;

import io.humanlink.chat.ChatQueries;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every version of a message, oldest first; the last is what members see (supersededBy null). */
public record MessageHistoryResponse(UUID conversationId, long seq, UUID senderId, Instant sentAt,
                                     List<Revision> revisions) {

    /** {@code body} is null for the current version of a deleted message; {@code supersededBy} is EDIT or DELETE. */
    public record Revision(int revision, String body, Instant writtenAt, Instant supersededAt, String supersededBy) {
    }

    static MessageHistoryResponse of(ChatQueries.MessageHistory h) {
        return new MessageHistoryResponse(h.conversationId(), h.seq(), h.senderId(), h.sentAt(), h.revisions().stream()
                .map(r -> new Revision(r.revision(), r.body(), r.writtenAt(), r.supersededAt(), r.supersededBy()))
                .toList());
    }
}
