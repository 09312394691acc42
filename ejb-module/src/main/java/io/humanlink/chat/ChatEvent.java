package io.humanlink.chat;

import java.util.Set;
import java.util.UUID;

/**
 * Something members connected right now should hear about, fired inside the transaction that wrote it. Observers
 * deliver it after the commit ({@code TransactionPhase.AFTER_SUCCESS}): nobody is told about a message that was rolled
 * back. {@code members} are the public ids of everyone in the conversation.
 */
public sealed interface ChatEvent {

    UUID conversationId();

    Set<UUID> members();

    /** A new message; {@code origin} is the connection it came from (null from elsewhere). */
    record MessagePosted(ChatMessage message, Set<UUID> members, String origin) implements ChatEvent {
        @Override
        public UUID conversationId() {
            return message.conversationId();
        }
    }

    /** A message was edited or deleted: its new revision replaces the one members have. */
    record MessageRevised(ChatMessage message, Set<UUID> members) implements ChatEvent {
        @Override
        public UUID conversationId() {
            return message.conversationId();
        }
    }

    /** {@code readerId} has now read everything up to {@code seq}. */
    record ReadAdvanced(UUID conversationId, UUID readerId, long seq, Set<UUID> members) implements ChatEvent {
    }
}
