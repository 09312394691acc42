package io.humanlink.sessions;

import java.time.Duration;

/**
 * Whether an attempt may be booked and on what basis; if it may not, a sentence for the person saying why; if it must
 * be paid first, the price and how long the slot is held for the payment.
 */
public record EntitlementDecision(boolean allowed, String refusal, BillingBasis basis, Charge charge) {

    /** A one-off price of a premium session; the slot is held {@code payWithin} for the payment. */
    public record Charge(long amountMinor, String currency, String description, Duration payWithin) {
    }

    public static EntitlementDecision allow(BillingBasis basis) {
        return new EntitlementDecision(true, null, basis, null);
    }

    public static EntitlementDecision refuse(String refusal) {
        return new EntitlementDecision(false, refusal, null, null);
    }

    public static EntitlementDecision payFirst(Charge charge) {
        return new EntitlementDecision(true, null, BillingBasis.PREMIUM, charge);
    }

    public boolean requiresPayment() {
        return charge != null;
    }
}
