package io.humanlink.sessions;

/**
 * Fired (synchronously, inside the transaction that closed it) when a session reaches COMPLETED, CANCELLED or
 * NO_SHOW, so billing can credit earnings or refund in the same commit.
 */
public record SessionClosed(ChatSession session) {
}
