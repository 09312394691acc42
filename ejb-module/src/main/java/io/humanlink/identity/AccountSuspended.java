package io.humanlink.identity;

import java.util.UUID;

/**
 * An account was suspended (its public id), fired in the suspending transaction: observe it with
 * {@code during = TransactionPhase.AFTER_SUCCESS} to end what the account still has open (its chat sockets) only once
 * the suspension is committed. New logins, token refreshes and handshakes are refused by the account's status.
 */
public record AccountSuspended(UUID userId) {
}
