package io.humanlink.chat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Something members connected right now should hear about, fired inside the transaction that wrote it. Observers
 * deliver it after the commit ({@code TransactionPhase.AFTER_SUCCESS}): nobody is told about a message that was rolled
 * back. {@code members} are the public ids of everyone in the conversation.
 */
public sealed interface ChatEvent {

    /**
     * The new messages of one commit, in the order they were stored (so per conversation by seq). One event for all
     * of them: each event fired in a transaction costs a transaction synchronization, and a group commit stores
     * hundreds of messages.
     */
    record MessagesPosted(List<Posted> messages) implements ChatEvent {

        public MessagesPosted {
            messages = List.copyOf(messages);
        }
    }

    /** A new message; {@code origin} is the connection it came from (null from elsewhere). */
    record Posted(ChatMessage message, Set<UUID> members, String origin) {
    }

    /** A message was edited or deleted: its new revision replaces the one members have. */
    record MessageRevised(ChatMessage message, Set<UUID> members) implements ChatEvent {
    }

    /** {@code readerId} has now read everything up to {@code seq}. */
    record ReadAdvanced(UUID conversationId, UUID readerId, long seq, Set<UUID> members) implements ChatEvent {
    }
}
