package io.humanlink.chat;

import java.util.UUID;

/**
 * One message a member asked to send. {@code clientMsgId} is the sender's own key for it: sending the same key again
 * into the same conversation yields the message already stored, never a second one. {@code origin} names the
 * connection it came from (opaque here), so delivery can leave that one out: it gets the ack instead.
 */
public record Send(ChatUser sender, UUID conversationId, String clientMsgId, String body, String origin) {
}
