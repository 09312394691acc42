package io.humanlink.sessions;

/**
 * Who may book what — free, trial, subscribed, premium — asked by booking in one place. The rules belong to billing
 * ({@code billing.BillingEntitlements}); booking only acts on the decision: refuse, book, or hold the slot for payment.
 */
public interface BookingEntitlements {

    EntitlementDecision decide(BookingAttempt attempt);
}
