package io.humanlink.chat;

/** What a conversation belongs to. */
public enum ConversationKind {
    SESSION, MATCH, EVENT
}
