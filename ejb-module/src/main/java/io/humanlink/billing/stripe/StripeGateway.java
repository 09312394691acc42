package io.humanlink.billing.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.humanlink.billing.PaymentGateway;
import io.humanlink.billing.PaymentProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * {@link PaymentGateway} on Stripe, through the SDK's {@link StripeClient} (never the static {@code Stripe.apiKey}, so
 * the key and the API base are ours alone and tests can point the base at a fake). The port's idempotency keys become
 * Stripe's {@code Idempotency-Key}; calls without one get a random key from the SDK, which it reuses for its own
 * retries. The SDK retries connection failures, 409 and 5xx answers {@value #NETWORK_RETRIES} times; what still fails
 * becomes a {@link PaymentProviderException}, retryable when the same request may succeed later. Stripe's types never
 * leave this class.
 */
@ApplicationScoped
public class StripeGateway implements PaymentGateway {

    static final int NETWORK_RETRIES = 2;

    /** Metadata key of the user's public id on customers, subscription checkouts and their subscriptions. */
    static final String USER_ID = "user_id";

    /** Metadata key of the premium session's public id on payment checkouts and their payment intents. */
    static final String SESSION_ID = "session_id";

    @Inject
    StripeSettings settings;

    /** Tests set 0 where the SDK's back-off sleeps would only slow them down. */
    int networkRetries = NETWORK_RETRIES;

    private volatile StripeClient client;

    @Override
    public String ensureCustomer(String existingCustomerId, String userPublicId, String email, String idempotencyKey) {
        if (existingCustomerId != null && !existingCustomerId.isBlank()) {
            return existingCustomerId;
        }
        requireText(userPublicId, "userPublicId");
        CustomerCreateParams params = CustomerCreateParams.builder()
                .setEmail(email)
                .putMetadata(USER_ID, userPublicId)
                .build();
        return call("create a customer",
                () -> client().v1().customers().create(params, options(idempotencyKey)).getId());
    }

    @Override
    public CheckoutLink subscriptionCheckout(String customerId, String priceId, int trialDays, String userPublicId,
                                             String successUrl, String cancelUrl, String idempotencyKey) {
        requireText(priceId, "priceId");
        requireText(userPublicId, "userPublicId");
        if (trialDays < 0) {
            throw new IllegalArgumentException("trialDays must be 0 (no trial) or more, not " + trialDays);
        }
        SessionCreateParams.SubscriptionData.Builder subscription = SessionCreateParams.SubscriptionData.builder()
                .putMetadata(USER_ID, userPublicId);
        if (trialDays > 0) {
            subscription.setTrialPeriodDays((long) trialDays);
        }
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(customerId)
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(priceId).setQuantity(1L).build())
                .setSubscriptionData(subscription.build())
                .setClientReferenceId(userPublicId)
                .putMetadata(USER_ID, userPublicId)
                .setSuccessUrl(successUrl)
                .setCancelUrl(cancelUrl)
                .build();
        return checkout("create a subscription checkout", params, idempotencyKey);
    }

    @Override
    public CheckoutLink paymentCheckout(String customerId, PremiumCharge charge, String successUrl, String cancelUrl,
                                        Instant expiresAt, String idempotencyKey) {
        Objects.requireNonNull(charge, "charge");
        requireText(charge.sessionPublicId(), "charge.sessionPublicId");
        requireText(charge.description(), "charge.description");
        requireText(charge.currency(), "charge.currency");
        if (charge.amountMinor() <= 0) {
            throw new IllegalArgumentException("charge.amountMinor must be positive, not " + charge.amountMinor());
        }
        SessionCreateParams.LineItem.PriceData price = SessionCreateParams.LineItem.PriceData.builder()
                .setCurrency(stripeCurrency(charge.currency()))
                .setUnitAmount(charge.amountMinor())
                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                        .setName(charge.description()).build())
                .build();
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setCustomer(customerId)
                .addLineItem(SessionCreateParams.LineItem.builder().setPriceData(price).setQuantity(1L).build())
                // on the checkout for checkout.session.* events, on the payment intent for payment_intent.* events
                .putMetadata(SESSION_ID, charge.sessionPublicId())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata(SESSION_ID, charge.sessionPublicId()).build())
                .setSuccessUrl(successUrl)
                .setCancelUrl(cancelUrl);
        if (expiresAt != null) {
            params.setExpiresAt(expiresAt.getEpochSecond());
        }
        return checkout("create a payment checkout", params.build(), idempotencyKey);
    }

    @Override
    public String portalUrl(String customerId, String returnUrl) {
        requireText(customerId, "customerId");
        com.stripe.param.billingportal.SessionCreateParams params =
                com.stripe.param.billingportal.SessionCreateParams.builder()
                        .setCustomer(customerId)
                        .setReturnUrl(returnUrl)
                        .build();
        return call("create a billing portal session",
                () -> client().v1().billingPortal().sessions().create(params).getUrl());
    }

    @Override
    public String refund(String paymentIntentId, long amountMinor, String idempotencyKey) {
        requireText(paymentIntentId, "paymentIntentId");
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("amountMinor must be positive, not " + amountMinor);
        }
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentIntentId)
                .setAmount(amountMinor)
                .build();
        return call("refund " + paymentIntentId,
                () -> client().v1().refunds().create(params, options(idempotencyKey)).getId());
    }

    @Override
    public String transfer(String connectedAccountId, long amountMinor, String currency, String idempotencyKey) {
        requireText(connectedAccountId, "connectedAccountId");
        requireText(currency, "currency");
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("amountMinor must be positive, not " + amountMinor);
        }
        TransferCreateParams params = TransferCreateParams.builder()
                .setAmount(amountMinor)
                .setCurrency(stripeCurrency(currency))
                .setDestination(connectedAccountId)
                .build();
        return call("transfer to " + connectedAccountId,
                () -> client().v1().transfers().create(params, options(idempotencyKey)).getId());
    }

    @Override
    public void endTrialNow(String subscriptionId) {
        requireText(subscriptionId, "subscriptionId");
        SubscriptionUpdateParams params = SubscriptionUpdateParams.builder()
                .setTrialEnd(SubscriptionUpdateParams.TrialEnd.NOW)
                .build();
        call("end the trial of " + subscriptionId,
                () -> client().v1().subscriptions().update(subscriptionId, params));
    }

    private CheckoutLink checkout(String operation, SessionCreateParams params, String idempotencyKey) {
        Session session = call(operation,
                () -> client().v1().checkout().sessions().create(params, options(idempotencyKey)));
        return new CheckoutLink(session.getId(), session.getUrl());
    }

    /** Built on first use, so that a server without Stripe settings deploys and fails only when billing is used. */
    StripeClient client() {
        StripeClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = StripeClient.builder()
                            .setApiKey(settings.secretKey())
                            .setApiBase(settings.apiBase())
                            .setMaxNetworkRetries(networkRetries)
                            .build();
                    client = current;
                }
            }
        }
        return current;
    }

    private static RequestOptions options(String idempotencyKey) {
        RequestOptions.RequestOptionsBuilder options = RequestOptions.builder();
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            options.setIdempotencyKey(idempotencyKey);
        }
        return options.build();
    }

    /** Stripe spells ISO 4217 codes in lower case. */
    private static String stripeCurrency(String currency) {
        return currency.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> T call(String operation, StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw failure(operation, e);
        }
    }

    /**
     * Retryable: Stripe could not be reached or answered too late, throttled us, or failed on its side (5xx), or the
     * same idempotency key is still being worked on (409). Not retryable: a refusal of the request itself (invalid
     * parameters, a card declined, a reused idempotency key with other parameters, a bad or unauthorised key).
     */
    static PaymentProviderException failure(String operation, StripeException e) {
        Integer status = e.getStatusCode();
        boolean retryable = e instanceof ApiConnectionException
                || e instanceof RateLimitException
                || e instanceof ApiException && status != null && (status >= 500 || status == 409);
        // the SDK's message carries Stripe's words, error code and request id (Stripe masks keys in it)
        // a connection failure has status 0, and the SDK's message then names Stripe's live URL whatever base we set
        String answer = status == null || status == 0 ? "no answer" : "HTTP " + status;
        return new PaymentProviderException("Stripe could not " + operation + " (" + answer + "): " + e.getMessage(),
                retryable, e);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T run() throws StripeException;
    }
}
