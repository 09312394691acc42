package io.humanlink.billing.stripe;

import static io.humanlink.billing.stripe.StripeJson.amount;
import static io.humanlink.billing.stripe.StripeJson.array;
import static io.humanlink.billing.stripe.StripeJson.currency;
import static io.humanlink.billing.stripe.StripeJson.firstOfList;
import static io.humanlink.billing.stripe.StripeJson.firstPresent;
import static io.humanlink.billing.stripe.StripeJson.flag;
import static io.humanlink.billing.stripe.StripeJson.id;
import static io.humanlink.billing.stripe.StripeJson.metadata;
import static io.humanlink.billing.stripe.StripeJson.object;
import static io.humanlink.billing.stripe.StripeJson.text;
import static io.humanlink.billing.stripe.StripeJson.time;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.humanlink.billing.BillingEvent;
import io.humanlink.billing.BillingEventVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Verifies Stripe webhook deliveries with the SDK ({@link Webhook#constructEvent}: HMAC-SHA256 under the endpoint's
 * signing secret over {@code t + "." + payload}, and {@code t} no older than the tolerance) and translates them into
 * {@link BillingEvent}s.
 *
 * <p>The event's object is read from the payload's JSON as sent, not through the SDK's typed models: those are pinned
 * to one API version ({@code com.stripe.Stripe.API_VERSION}), and {@code getDataObjectDeserializer().getObject()} is
 * empty for any other, which is whatever version the webhook endpoint was created with. Fields Stripe moved are read
 * where the current version puts them, then where older versions did: a subscription's period end on its first item
 * ({@code items.data[0].current_period_end}; before 2025-03-31 {@code current_period_end} on the subscription), an
 * invoice's subscription under {@code parent.subscription_details.subscription} (before, {@code subscription}).
 */
@ApplicationScoped
public class StripeEvents implements BillingEventVerifier {

    public static final String SIGNATURE_HEADER = "Stripe-Signature";

    private static final Pattern WHOLE_SECONDS = Pattern.compile("\\d{1,18}");

    @Inject
    StripeSettings settings;

    @Inject
    Clock clock;

    @Override
    public BillingEvent verify(String payload, String signatureHeader) {
        String body = payload == null ? "" : payload;
        Event event = verified(body, signatureHeader);
        JsonObject object = object(object(StripeJson.parse(body), "data"), "object");
        return translate(event, object);
    }

    private Event verified(String payload, String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidSignatureException("The " + SIGNATURE_HEADER + " header is missing.", null);
        }
        String signature = header.strip();
        if (!wellFormed(signature)) {
            throw new InvalidSignatureException(
                    "The " + SIGNATURE_HEADER + " header is not of the form t=<time>,v1=<signature>.", null);
        }
        String secret = settings.webhookSecret();
        long toleranceSeconds = settings.webhookTolerance().getSeconds();
        try {
            return Webhook.constructEvent(payload, signature, secret, toleranceSeconds, clock);
        } catch (SignatureVerificationException e) {
            // the SDK says which: no matching v1 signature, or a timestamp outside the tolerance
            throw new InvalidSignatureException("The " + SIGNATURE_HEADER + " header was refused: " + e.getMessage()
                    + ".", e);
        } catch (RuntimeException e) {
            // the signature held (it is checked first), so Stripe sent something that is not a v1 event
            throw new IllegalArgumentException("A correctly signed Stripe delivery is not an event: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Comma-separated {@code key=value} items with at least one {@code t}, every {@code t} a whole number. The SDK
     * throws unchecked exceptions (not its signature exception) for an item without {@code =} or a {@code t} that is
     * not a number, which would otherwise pass for a server failure.
     */
    static boolean wellFormed(String header) {
        boolean timestamp = false;
        for (String item : header.split(",", -1)) {
            int eq = item.indexOf('=');
            if (eq < 1) {
                return false;
            }
            if (item.substring(0, eq).equals("t")) {
                if (!WHOLE_SECONDS.matcher(item.substring(eq + 1)).matches()) {
                    return false;
                }
                timestamp = true;
            }
        }
        return timestamp;
    }

    static BillingEvent translate(Event event, JsonObject object) {
        String id = event.getId();
        Instant created = event.getCreated() == null ? Instant.EPOCH : Instant.ofEpochSecond(event.getCreated());
        String type = event.getType() == null ? "" : event.getType();
        if (object == null) {
            return new BillingEvent.Ignored(id, created, type);
        }
        return switch (type) {
            case "customer.subscription.created", "customer.subscription.updated" ->
                    subscriptionChanged(id, created, object, text(object, "status"));
            case "customer.subscription.deleted" -> subscriptionChanged(id, created, object, "canceled");
            case "checkout.session.completed" -> checkoutCompleted(id, created, type, object);
            case "checkout.session.expired" -> "payment".equals(text(object, "mode"))
                    ? new BillingEvent.PaymentCheckoutExpired(id, created, text(object, "id"),
                            metadata(object, StripeGateway.SESSION_ID))
                    : new BillingEvent.Ignored(id, created, type);
            case "invoice.paid" -> invoiceSettled(id, created, object, true);
            case "invoice.payment_failed" -> invoiceSettled(id, created, object, false);
            case "payment_intent.succeeded" -> paymentIntentSettled(id, created, object, true);
            case "payment_intent.payment_failed" -> paymentIntentSettled(id, created, object, false);
            case "charge.refunded" -> new BillingEvent.ChargeRefunded(id, created, id(object, "payment_intent"),
                    amount(object, "amount_refunded"), currency(object));
            default -> new BillingEvent.Ignored(id, created, type);
        };
    }

    private static BillingEvent subscriptionChanged(String id, Instant created, JsonObject subscription,
                                                    String status) {
        JsonObject item = firstOfList(object(subscription, "items"));
        return new BillingEvent.SubscriptionChanged(id, created, id(subscription, "customer"),
                text(subscription, "id"), status,
                firstPresent(id(item, "price"), id(item, "plan")),
                time(subscription, "trial_end"),
                firstPresent(time(item, "current_period_end"), time(subscription, "current_period_end")),
                flag(subscription, "cancel_at_period_end"),
                cardFingerprint(subscription));
    }

    /** Only when Stripe sent the default payment method expanded (it does not by default) and it is a card. */
    private static String cardFingerprint(JsonObject subscription) {
        return text(object(object(subscription, "default_payment_method"), "card"), "fingerprint");
    }

    private static BillingEvent checkoutCompleted(String id, Instant created, String type, JsonObject checkout) {
        return switch (String.valueOf(text(checkout, "mode"))) {
            case "subscription" -> new BillingEvent.SubscriptionCheckoutCompleted(id, created,
                    id(checkout, "customer"), id(checkout, "subscription"),
                    firstPresent(text(checkout, "client_reference_id"), metadata(checkout, StripeGateway.USER_ID)));
            case "payment" -> new BillingEvent.PaymentCheckoutCompleted(id, created, text(checkout, "id"),
                    id(checkout, "payment_intent"), metadata(checkout, StripeGateway.SESSION_ID),
                    amount(checkout, "amount_total"), currency(checkout),
                    "paid".equals(text(checkout, "payment_status")));
            default -> new BillingEvent.Ignored(id, created, type);
        };
    }

    private static BillingEvent invoiceSettled(String id, Instant created, JsonObject invoice, boolean paid) {
        String subscriptionId = firstPresent(
                id(object(object(invoice, "parent"), "subscription_details"), "subscription"),
                id(invoice, "subscription"));
        return new BillingEvent.InvoiceSettled(id, created, text(invoice, "id"), id(invoice, "customer"),
                subscriptionId, paid, amount(invoice, paid ? "amount_paid" : "amount_due"), currency(invoice),
                text(invoice, "hosted_invoice_url"),
                firstPresent(servicePeriodEnd(invoice), time(invoice, "period_end")));
    }

    /**
     * The end of the period the invoice pays for: the latest end among its lines' periods. The invoice's own
     * {@code period_end} looks one period back for subscription invoices (it is the usage period), so it is only the
     * fallback for an invoice without lines in the payload.
     */
    private static Instant servicePeriodEnd(JsonObject invoice) {
        Instant latest = null;
        var lines = array(object(invoice, "lines"), "data");
        if (lines != null) {
            for (JsonValue line : lines) {
                Instant end = line instanceof JsonObject l ? time(object(l, "period"), "end") : null;
                if (end != null && (latest == null || end.isAfter(latest))) {
                    latest = end;
                }
            }
        }
        return latest;
    }

    private static BillingEvent paymentIntentSettled(String id, Instant created, JsonObject intent,
                                                     boolean succeeded) {
        return new BillingEvent.PaymentIntentSettled(id, created, text(intent, "id"),
                metadata(intent, StripeGateway.SESSION_ID), succeeded, amount(intent, "amount"), currency(intent),
                succeeded ? null : text(object(intent, "last_payment_error"), "message"));
    }
}
