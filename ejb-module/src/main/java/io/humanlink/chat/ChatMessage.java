package io.humanlink.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as members see it: its latest revision ({@code body} is null once deleted). {@code revision} grows with
 * every edit or deletion, so of two copies of one seq the higher revision is the current one.
 */
public record ChatMessage(UUID conversationId, long seq, UUID senderId, String body, Instant sentAt, int revision,
                          Instant editedAt, boolean deleted) {

    static ChatMessage of(Message m, UUID conversationId, UUID senderId) {
        return new ChatMessage(conversationId, m.getSeq(), senderId, m.getBody(), m.getSentAt(), m.getRevision(),
                m.getEditedAt(), m.isDeleted());
    }
}
