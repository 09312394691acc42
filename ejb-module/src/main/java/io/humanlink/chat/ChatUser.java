package io.humanlink.chat;

import java.util.UUID;

/** An authenticated participant of the chat: the account's row id (for the store) and its public id (for clients). */
public record ChatUser(long id, UUID publicId) {
}
