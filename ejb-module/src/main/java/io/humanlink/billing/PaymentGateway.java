package io.humanlink.billing;

import java.time.Instant;

/**
 * The port to the payment provider (Stripe, adapted in {@code billing.stripe}): everything billing asks of it, in
 * billing's own terms. Every call that creates money movement takes an idempotency key, so a retried request never
 * charges, refunds or transfers twice. Failures surface as {@link PaymentProviderException}.
 */
public interface PaymentGateway {

    /** The provider's customer for this user: {@code existingCustomerId} when known, else a new one. */
    String ensureCustomer(String existingCustomerId, String userPublicId, String email, String idempotencyKey);

    /** A hosted checkout page for a subscription to {@code priceId}, with a trial of {@code trialDays} (0 = none). */
    CheckoutLink subscriptionCheckout(String customerId, String priceId, int trialDays, String userPublicId,
                                      String successUrl, String cancelUrl, String idempotencyKey);

    /** A hosted checkout page for a one-off payment of a premium session. */
    CheckoutLink paymentCheckout(String customerId, PremiumCharge charge, String successUrl, String cancelUrl,
                                 Instant expiresAt, String idempotencyKey);

    /** A hosted page where the customer manages their subscription and payment methods. */
    String portalUrl(String customerId, String returnUrl);

    /** Refunds {@code amountMinor} of a payment; returns the provider's refund id. */
    String refund(String paymentIntentId, long amountMinor, String idempotencyKey);

    /** Moves money to a Friend's connected account; returns the provider's transfer id. */
    String transfer(String connectedAccountId, long amountMinor, String currency, String idempotencyKey);

    /** Ends a subscription's trial now (a second trial for one person), so it bills at once. */
    void endTrialNow(String subscriptionId);

    /** What one premium session costs and what it is for. */
    record PremiumCharge(String sessionPublicId, String description, long amountMinor, String currency) {
    }

    /** A hosted checkout page: its id at the provider and the URL to send the person to. */
    record CheckoutLink(String id, String url) {
    }
}
