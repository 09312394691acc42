package io.humanlink.billing;

import java.time.Instant;

/**
 * A verified payment-provider webhook event, translated out of the provider's vocabulary. {@code id} identifies the
 * event (processed once); {@code created} orders events about the same object, so an older one never overwrites a
 * newer state.
 */
public sealed interface BillingEvent {

    String id();

    Instant created();

    /** A subscription was created or changed (status, plan, trial, period) or deleted (status {@code canceled}). */
    record SubscriptionChanged(String id, Instant created, String customerId, String subscriptionId, String status,
                               String priceId, Instant trialEnd, Instant currentPeriodEnd, boolean cancelAtPeriodEnd,
                               String paymentMethodFingerprint) implements BillingEvent {
    }

    /** A subscription checkout finished; {@code userPublicId} is the client reference we passed. */
    record SubscriptionCheckoutCompleted(String id, Instant created, String customerId, String subscriptionId,
                                         String userPublicId) implements BillingEvent {
    }

    /** A premium-session checkout finished (paid or not, see {@code paid}). */
    record PaymentCheckoutCompleted(String id, Instant created, String checkoutId, String paymentIntentId,
                                    String sessionPublicId, long amountMinor, String currency, boolean paid)
            implements BillingEvent {
    }

    /** A premium-session checkout expired unpaid. */
    record PaymentCheckoutExpired(String id, Instant created, String checkoutId, String sessionPublicId)
            implements BillingEvent {
    }

    /** An invoice was paid or its payment failed. */
    record InvoiceSettled(String id, Instant created, String invoiceId, String customerId, String subscriptionId,
                          boolean paid, long amountMinor, String currency, String hostedUrl, Instant periodEnd)
            implements BillingEvent {
    }

    /** A payment intent succeeded or failed; {@code sessionPublicId} is set for premium sessions. */
    record PaymentIntentSettled(String id, Instant created, String paymentIntentId, String sessionPublicId,
                                boolean succeeded, long amountMinor, String currency, String failure)
            implements BillingEvent {
    }

    /** A charge was (partly) refunded; {@code amountRefundedMinor} is the total refunded so far. */
    record ChargeRefunded(String id, Instant created, String paymentIntentId, long amountRefundedMinor,
                          String currency) implements BillingEvent {
    }

    /** An event type billing does not act on. */
    record Ignored(String id, Instant created, String type) implements BillingEvent {
    }
}
