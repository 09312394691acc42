package io.humanlink.web.api.chat;

import io.humanlink.chat.ChatMessage;
import java.time.Instant;
import java.util.UUID;

/** A message as members see it (latest revision; body null once deleted). */
public record MessageResponse(UUID conversationId, long seq, UUID senderId, String body, Instant sentAt, int revision,
                              Instant editedAt, boolean deleted) {

    static MessageResponse of(ChatMessage m) {
        return new MessageResponse(m.conversationId(), m.seq(), m.senderId(), m.body(), m.sentAt(), m.revision(),
                m.editedAt(), m.deleted());
    }
}
