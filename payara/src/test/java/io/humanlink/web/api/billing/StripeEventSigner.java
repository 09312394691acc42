package io.humanlink.web.api.billing;

import com.stripe.Stripe;
import io.humanlink.platform.Jsonp;
import io.humanlink.web.platform.AppUnderTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays Stripe delivering webhook events to the app: builds event payloads shaped like Stripe's at the API version
 * stripe-java is pinned to ({@link Stripe#API_VERSION}, unless a test asks for another), signs them as Stripe documents
 * it ({@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 under the signing secret of t + "." + payload>},
 * computed here independently of the SDK the app verifies with), and POSTs them to {@code /api/v1/hooks/stripe}.
 * Forged and stale signatures are there for the refusal tests.
 */
public final class StripeEventSigner {

    public static final String HOOK_PATH = "/api/v1/hooks/stripe";

    /** Older than the app's tolerance (5 minutes by default). */
    public static final Duration STALE = Duration.ofMinutes(10);

    private final String secret;
    private final URI hook;
    private final HttpClient http = HttpClient.newHttpClient();

    public StripeEventSigner(String secret, URI appBaseUri) {
        this.secret = secret;
        this.hook = URI.create(appBaseUri.toString().replaceAll("/+$", "") + HOOK_PATH);
    }

    public static StripeEventSigner forApp(AppUnderTest app) {
        return new StripeEventSigner(AppUnderTest.STRIPE_WEBHOOK_SECRET, app.baseUri());
    }

    // ---- signing and delivery ----

    /** A valid header for {@code payload}, signed now. */
    public String header(String payload) {
        return header(payload, Instant.now());
    }

    public String header(String payload, Instant signedAt) {
        return header(payload, signedAt, secret);
    }

    /** Signed correctly but {@link #STALE}: refused as a possible replay. */
    public String staleHeader(String payload) {
        return header(payload, Instant.now().minus(STALE));
    }

    /** Well-formed and fresh, but under a secret that is not the endpoint's. */
    public String forgedHeader(String payload) {
        return header(payload, Instant.now(), "whsec_forged-by-someone-else");
    }

    static String header(String payload, Instant signedAt, String secret) {
        long t = signedAt.getEpochSecond();
        return "t=" + t + ",v1=" + hmacSha256Hex(secret, t + "." + payload);
    }

    private static String hmacSha256Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Delivers the event signed now, as Stripe would. */
    public HttpResponse<String> deliver(StripeEvent event) {
        String payload = event.payload();
        return deliver(payload, header(payload));
    }

    /** POSTs {@code payload} with {@code signatureHeader} (none when null) as Stripe does: JSON, UTF-8. */
    public HttpResponse<String> deliver(String payload, String signatureHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(hook)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (signatureHeader != null) {
            request.header("Stripe-Signature", signatureHeader);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- events ----

    /**
     * One webhook event: {@code object} is the event's {@code data.object}. The payload is rendered on demand, so sign
     * and send the same string ({@link #payload()} once, or {@link #deliver(StripeEvent)}).
     */
    public record StripeEvent(String id, String type, Instant created, String apiVersion, JsonObject object) {

        public StripeEvent withCreated(Instant created) {
            return new StripeEvent(id, type, created, apiVersion, object);
        }

        /** The same event as an endpoint created at another API version would receive it. */
        public StripeEvent withApiVersion(String apiVersion) {
            return new StripeEvent(id, type, created, apiVersion, object);
        }

        /** The same event id again: a redelivery. */
        public StripeEvent withId(String id) {
            return new StripeEvent(id, type, created, apiVersion, object);
        }

        public String payload() {
            return json().add("id", id).add("object", "event").add("api_version", apiVersion)
                    .add("created", created.getEpochSecond())
                    .add("data", json().add("object", object))
                    .add("livemode", false).add("pending_webhooks", 1)
                    .add("request", json().addNull("id").addNull("idempotency_key"))
                    .add("type", type)
                    .build().toString();
        }
    }

    /** Any event type with the given object, e.g. one billing ignores. */
    public static StripeEvent event(String type, JsonObjectBuilder object) {
        return new StripeEvent("evt_test_" + UUID.randomUUID().toString().replace("-", ""), type, Instant.now(),
                Stripe.API_VERSION, object.build());
    }

    /**
     * {@code customer.subscription.created|updated|deleted}. Since API 2025-03-31 the period lives on the items
     * ({@code items.data[0].current_period_end}); {@code trialEnd} may be null.
     */
    public static StripeEvent subscription(String type, String customerId, String subscriptionId, String status,
                                           String priceId, Instant trialEnd, Instant currentPeriodEnd,
                                           boolean cancelAtPeriodEnd) {
        JsonObjectBuilder subscription = json().add("id", subscriptionId).add("object", "subscription")
                .add("customer", customerId).add("status", status).add("cancel_at_period_end", cancelAtPeriodEnd)
                .add("created", Instant.now().getEpochSecond())
                .add("items", list(json().add("id", "si_test_" + shortId()).add("object", "subscription_item")
                        .add("subscription", subscriptionId)
                        .add("price", json().add("id", priceId).add("object", "price"))
                        .add("quantity", 1)
                        .add("current_period_start", Instant.now().getEpochSecond())
                        .add("current_period_end", currentPeriodEnd.getEpochSecond())));
        if (trialEnd == null) {
            subscription.addNull("trial_end");
        } else {
            subscription.add("trial_end", trialEnd.getEpochSecond());
        }
        return event(type, subscription);
    }

    /** {@code checkout.session.completed} of a subscription checkout we referenced with the user's public id. */
    public static StripeEvent subscriptionCheckoutCompleted(String checkoutId, String customerId,
                                                            String subscriptionId, String userPublicId) {
        return event("checkout.session.completed", json().add("id", checkoutId).add("object", "checkout.session")
                .add("mode", "subscription").add("status", "complete").add("payment_status", "paid")
                .add("customer", customerId).add("subscription", subscriptionId)
                .add("client_reference_id", userPublicId)
                .add("metadata", json().add("user_id", userPublicId)));
    }

    /** {@code checkout.session.completed} of a premium-session payment checkout. */
    public static StripeEvent paymentCheckoutCompleted(String checkoutId, String paymentIntentId,
                                                       String sessionPublicId, long amountMinor, String currency,
                                                       boolean paid) {
        return event("checkout.session.completed", paymentCheckout(checkoutId, sessionPublicId, amountMinor, currency)
                .add("status", "complete").add("payment_status", paid ? "paid" : "unpaid")
                .add("payment_intent", paymentIntentId));
    }

    /** {@code checkout.session.expired} of a premium-session payment checkout. */
    public static StripeEvent paymentCheckoutExpired(String checkoutId, String sessionPublicId, long amountMinor,
                                                     String currency) {
        return event("checkout.session.expired", paymentCheckout(checkoutId, sessionPublicId, amountMinor, currency)
                .add("status", "expired").add("payment_status", "unpaid").addNull("payment_intent"));
    }

    private static JsonObjectBuilder paymentCheckout(String checkoutId, String sessionPublicId, long amountMinor,
                                                     String currency) {
        return json().add("id", checkoutId).add("object", "checkout.session").add("mode", "payment")
                .add("amount_total", amountMinor).add("currency", currency.toLowerCase(Locale.ROOT))
                .add("metadata", json().add("session_id", sessionPublicId));
    }

    /**
     * {@code invoice.paid} or {@code invoice.payment_failed}. The subscription sits under
     * {@code parent.subscription_details} (API 2025-03-31 on); the paid-for period is on the line.
     */
    public static StripeEvent invoice(boolean paid, String invoiceId, String customerId, String subscriptionId,
                                      long amountMinor, String currency, Instant periodEnd) {
        long now = Instant.now().getEpochSecond();
        return event(paid ? "invoice.paid" : "invoice.payment_failed", json().add("id", invoiceId)
                .add("object", "invoice").add("customer", customerId).add("status", paid ? "paid" : "open")
                .add("amount_due", amountMinor).add("amount_paid", paid ? amountMinor : 0)
                .add("amount_remaining", paid ? 0 : amountMinor)
                .add("currency", currency.toLowerCase(Locale.ROOT))
                .add("hosted_invoice_url", "https://invoice.stripe.test/i/" + invoiceId)
                .add("period_start", now).add("period_end", now)
                .add("parent", json().add("type", "subscription_details")
                        .add("subscription_details", json().add("subscription", subscriptionId)))
                .add("lines", list(json().add("id", "il_test_" + shortId()).add("object", "line_item")
                        .add("amount", amountMinor).add("currency", currency.toLowerCase(Locale.ROOT))
                        .add("period", json().add("start", now).add("end", periodEnd.getEpochSecond())))));
    }

    /** {@code payment_intent.succeeded}. */
    public static StripeEvent paymentIntentSucceeded(String paymentIntentId, String sessionPublicId, long amountMinor,
                                                     String currency) {
        return event("payment_intent.succeeded", paymentIntent(paymentIntentId, sessionPublicId, amountMinor,
                currency).add("status", "succeeded").add("amount_received", amountMinor));
    }

    /** {@code payment_intent.payment_failed} with Stripe's message for the person, e.g. "Your card was declined." */
    public static StripeEvent paymentIntentFailed(String paymentIntentId, String sessionPublicId, long amountMinor,
                                                  String currency, String failureMessage) {
        return event("payment_intent.payment_failed", paymentIntent(paymentIntentId, sessionPublicId, amountMinor,
                currency).add("status", "requires_payment_method").add("amount_received", 0)
                .add("last_payment_error", json().add("type", "card_error").add("code", "card_declined")
                        .add("message", failureMessage)));
    }

    private static JsonObjectBuilder paymentIntent(String paymentIntentId, String sessionPublicId, long amountMinor,
                                                   String currency) {
        JsonObjectBuilder metadata = json();
        if (sessionPublicId != null) {
            metadata.add("session_id", sessionPublicId);
        }
        return json().add("id", paymentIntentId).add("object", "payment_intent").add("amount", amountMinor)
                .add("currency", currency.toLowerCase(Locale.ROOT)).add("metadata", metadata);
    }

    /** {@code charge.refunded}; {@code amountRefundedMinor} is the total refunded so far. */
    public static StripeEvent chargeRefunded(String chargeId, String paymentIntentId, long amountMinor,
                                             long amountRefundedMinor, String currency) {
        return event("charge.refunded", json().add("id", chargeId).add("object", "charge").add("amount", amountMinor)
                .add("amount_refunded", amountRefundedMinor).add("refunded", amountRefundedMinor >= amountMinor)
                .add("currency", currency.toLowerCase(Locale.ROOT)).add("payment_intent", paymentIntentId)
                .add("status", "succeeded"));
    }

    private static JsonObjectBuilder json() {
        return Jsonp.PROVIDER.createObjectBuilder();
    }

    private static JsonObjectBuilder list(JsonObjectBuilder element) {
        return json().add("object", "list").add("data", Jsonp.PROVIDER.createArrayBuilder().add(element))
                .add("has_more", false);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    }
}
