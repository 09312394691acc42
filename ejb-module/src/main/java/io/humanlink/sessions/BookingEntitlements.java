package io.humanlink.sessions;

/**
 * Who may book what — free, trial, subscribed, premium — asked by booking in one place. The rules belong to billing:
 * it supplies its own implementation as a CDI alternative, and booking code does not change.
 */
public interface BookingEntitlements {

    EntitlementDecision decide(BookingAttempt attempt);
}
