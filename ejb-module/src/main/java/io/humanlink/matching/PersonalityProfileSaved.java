package io.humanlink.matching;

/**
 * A user's personality profile was created or replaced. Fired synchronously inside the saving transaction, after the
 * profile is flushed; observe it with {@code during = TransactionPhase.AFTER_SUCCESS} to act only once it is committed.
 *
 * @param userId the internal id of the user (never shown to clients)
 */
public record PersonalityProfileSaved(long userId) {
}
