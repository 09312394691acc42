package io.humanlink.billing.stripe;

import static io.humanlink.billing.stripe.StripeFixtures.WEBHOOK_SECRET;
import static io.humanlink.billing.stripe.StripeFixtures.event;
import static io.humanlink.billing.stripe.StripeFixtures.eventId;
import static io.humanlink.billing.stripe.StripeFixtures.json;
import static io.humanlink.billing.stripe.StripeFixtures.list;
import static io.humanlink.billing.stripe.StripeFixtures.metadata;
import static io.humanlink.billing.stripe.StripeFixtures.signatureHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.Stripe;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.humanlink.billing.BillingEvent;
import io.humanlink.billing.BillingEventVerifier.InvalidSignatureException;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StripeEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant CREATED = NOW.minusSeconds(3);
    private static final Instant TRIAL_END = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant PERIOD_END = Instant.parse("2026-12-25T10:00:00Z");
    /** An API version other than the SDK's: the version a webhook endpoint created in 2024 keeps sending. */
    private static final String OLDER_API_VERSION = "2024-06-20";

    private final StripeEvents events = events();

    private static StripeEvents events() {
        StripeEvents events = new StripeEvents();
        events.settings = StripeFixtures.settings(StripeSettings.DEFAULT_API_BASE);
        events.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return events;
    }

    private BillingEvent deliver(String payload) {
        return events.verify(payload, signatureHeader(payload, NOW, WEBHOOK_SECRET));
    }

    private static String current(String id, String type, JsonObjectBuilder object) {
        return event(id, type, CREATED, Stripe.API_VERSION, object);
    }

    private static JsonObjectBuilder subscription(String status) {
        return json().add("id", "sub_1").add("object", "subscription").add("customer", "cus_1")
                .add("status", status).add("cancel_at_period_end", false)
                .add("trial_end", TRIAL_END.getEpochSecond())
                .add("items", list(json().add("id", "si_1").add("object", "subscription_item")
                        .add("price", json().add("id", "price_unlimited").add("object", "price"))
                        .add("current_period_start", CREATED.getEpochSecond())
                        .add("current_period_end", PERIOD_END.getEpochSecond())));
    }

    @Test
    void subscriptionUpdateReadsThePeriodEndFromItsFirstItem() {
        String id = eventId();

        BillingEvent event = deliver(current(id, "customer.subscription.updated",
                subscription("trialing").add("cancel_at_period_end", true)));

        assertThat(event).isEqualTo(new BillingEvent.SubscriptionChanged(id, CREATED, "cus_1", "sub_1", "trialing",
                "price_unlimited", TRIAL_END, PERIOD_END, true, null));
    }

    @Test
    void createdSubscriptionWithAnExpandedCustomerAndCardCarriesTheCardFingerprint() {
        BillingEvent event = deliver(current(eventId(), "customer.subscription.created", subscription("active")
                .add("customer", json().add("id", "cus_1").add("object", "customer"))
                .add("default_payment_method", json().add("id", "pm_1").add("object", "payment_method")
                        .add("type", "card")
                        .add("card", json().add("brand", "visa").add("fingerprint", "Xt5EWLLDS7FJjR1c")))));

        assertThat(event).isInstanceOfSatisfying(BillingEvent.SubscriptionChanged.class, changed -> {
            assertThat(changed.customerId()).isEqualTo("cus_1");
            assertThat(changed.status()).isEqualTo("active");
            assertThat(changed.paymentMethodFingerprint()).isEqualTo("Xt5EWLLDS7FJjR1c");
        });
    }

    @Test
    void paymentMethodGivenOnlyAsAnIdHasNoFingerprint() {
        BillingEvent event = deliver(current(eventId(), "customer.subscription.updated",
                subscription("active").add("default_payment_method", "pm_1")));

        assertThat(((BillingEvent.SubscriptionChanged) event).paymentMethodFingerprint()).isNull();
    }

    @Test
    void deletedSubscriptionIsCanceledWhateverStatusItsObjectShows() {
        BillingEvent event = deliver(current(eventId(), "customer.subscription.deleted", subscription("active")));

        assertThat(((BillingEvent.SubscriptionChanged) event).status()).isEqualTo("canceled");
    }

    @Test
    void completedSubscriptionCheckoutNamesTheUserWeReferenced() {
        String id = eventId();

        BillingEvent event = deliver(current(id, "checkout.session.completed", json().add("id", "cs_test_1")
                .add("object", "checkout.session").add("mode", "subscription").add("customer", "cus_1")
                .add("subscription", "sub_1").add("client_reference_id", "user-7")
                .add("metadata", metadata("user_id", "user-7")).add("payment_status", "paid")));

        assertThat(event).isEqualTo(new BillingEvent.SubscriptionCheckoutCompleted(id, CREATED, "cus_1", "sub_1",
                "user-7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paid", "unpaid"})
    void completedPaymentCheckoutSaysWhetherItIsPaid(String paymentStatus) {
        String id = eventId();

        BillingEvent event = deliver(current(id, "checkout.session.completed", paymentCheckout()
                .add("payment_status", paymentStatus).add("status", "complete")));

        assertThat(event).isEqualTo(new BillingEvent.PaymentCheckoutCompleted(id, CREATED, "cs_test_2", "pi_1",
                "session-9", 2500, "EUR", paymentStatus.equals("paid")));
    }

    private static JsonObjectBuilder paymentCheckout() {
        return json().add("id", "cs_test_2").add("object", "checkout.session").add("mode", "payment")
                .add("customer", "cus_1").add("payment_intent", "pi_1").add("amount_total", 2500)
                .add("currency", "eur").add("metadata", metadata("session_id", "session-9"));
    }

    @Test
    void expiredPaymentCheckoutNamesTheSession() {
        String id = eventId();

        BillingEvent event = deliver(current(id, "checkout.session.expired", paymentCheckout()
                .addNull("payment_intent").add("payment_status", "unpaid").add("status", "expired")));

        assertThat(event).isEqualTo(new BillingEvent.PaymentCheckoutExpired(id, CREATED, "cs_test_2", "session-9"));
    }

    @Test
    void expiredSubscriptionCheckoutIsIgnored() {
        BillingEvent event = deliver(current(eventId(), "checkout.session.expired", json().add("id", "cs_test_3")
                .add("object", "checkout.session").add("mode", "subscription")));

        assertThat(event).isInstanceOf(BillingEvent.Ignored.class);
    }

    private static JsonObjectBuilder invoice() {
        return json().add("id", "in_1").add("object", "invoice").add("customer", "cus_1")
                .add("amount_due", 999).add("amount_paid", 999).add("currency", "usd")
                .add("hosted_invoice_url", "https://invoice.stripe.com/i/acct_1/test_1")
                // the invoice's own period looks one period back; the line says what is paid for
                .add("period_start", CREATED.getEpochSecond()).add("period_end", CREATED.getEpochSecond())
                .add("parent", json().add("type", "subscription_details")
                        .add("subscription_details", json().add("subscription", "sub_1")))
                .add("lines", list(json().add("id", "il_1").add("object", "line_item").add("amount", 999)
                        .add("period", json().add("start", CREATED.getEpochSecond())
                                .add("end", PERIOD_END.getEpochSecond()))));
    }

    @Test
    void paidInvoiceReadsItsSubscriptionFromItsParentAndItsPeriodFromItsLines() {
        String id = eventId();

        BillingEvent event = deliver(current(id, "invoice.paid", invoice().add("status", "paid")));

        assertThat(event).isEqualTo(new BillingEvent.InvoiceSettled(id, CREATED, "in_1", "cus_1", "sub_1", true, 999,
                "USD", "https://invoice.stripe.com/i/acct_1/test_1", PERIOD_END));
    }

    @Test
    void failedInvoiceIsUnpaidForTheAmountDue() {
        BillingEvent event = deliver(current(eventId(), "invoice.payment_failed",
                invoice().add("status", "open").add("amount_paid", 0)));

        assertThat(event).isInstanceOfSatisfying(BillingEvent.InvoiceSettled.class, settled -> {
            assertThat(settled.paid()).isFalse();
            assertThat(settled.amountMinor()).isEqualTo(999);
            assertThat(settled.subscriptionId()).isEqualTo("sub_1");
        });
    }

    private static JsonObjectBuilder paymentIntent(String status) {
        return json().add("id", "pi_1").add("object", "payment_intent").add("amount", 2500).add("currency", "eur")
                .add("status", status).add("metadata", metadata("session_id", "session-9"));
    }

    @Test
    void succeededPaymentIntentNamesTheSessionFromItsMetadata() {
        String id = eventId();

        BillingEvent event = deliver(current(id, "payment_intent.succeeded", paymentIntent("succeeded")));

        assertThat(event).isEqualTo(new BillingEvent.PaymentIntentSettled(id, CREATED, "pi_1", "session-9", true,
                2500, "EUR", null));
    }

    @Test
    void failedPaymentIntentCarriesTheLastErrorMessage() {
        BillingEvent event = deliver(current(eventId(), "payment_intent.payment_failed",
                paymentIntent("requires_payment_method").add("last_payment_error", json().add("type", "card_error")
                        .add("code", "card_declined").add("message", "Your card was declined."))));

        assertThat(event).isInstanceOfSatisfying(BillingEvent.PaymentIntentSettled.class, settled -> {
            assertThat(settled.succeeded()).isFalse();
            assertThat(settled.failure()).isEqualTo("Your card was declined.");
        });
    }

    @Test
    void refundedChargeCarriesTheTotalRefundedSoFar() {
        String id = eventId();

        BillingEvent event = deliver(current(id, "charge.refunded", json().add("id", "ch_1").add("object", "charge")
                .add("amount", 2500).add("amount_refunded", 1000).add("currency", "eur").add("refunded", false)
                .add("payment_intent", "pi_1")));

        assertThat(event).isEqualTo(new BillingEvent.ChargeRefunded(id, CREATED, "pi_1", 1000, "EUR"));
    }

    @Test
    void eventTypesBillingDoesNotActOnAreIgnoredNotRefused() {
        String id = eventId();

        BillingEvent event = deliver(current(id, "customer.created", json().add("id", "cus_1")
                .add("object", "customer")));

        assertThat(event).isEqualTo(new BillingEvent.Ignored(id, CREATED, "customer.created"));
    }

    @Test
    void eventOfAnotherApiVersionIsReadFromItsJsonWhereTheSdkModelsGiveNothing() {
        // before 2025-03-31 the period end sat on the subscription and the invoice named its subscription directly
        JsonObjectBuilder oldSubscription = json().add("id", "sub_1").add("object", "subscription")
                .add("customer", "cus_1").add("status", "active").add("cancel_at_period_end", false)
                .add("current_period_end", PERIOD_END.getEpochSecond())
                .add("items", list(json().add("id", "si_1").add("object", "subscription_item")
                        .add("price", json().add("id", "price_unlimited"))));
        String subscriptionPayload = event(eventId(), "customer.subscription.updated", CREATED, OLDER_API_VERSION,
                oldSubscription);
        String invoicePayload = event(eventId(), "invoice.paid", CREATED, OLDER_API_VERSION, json()
                .add("id", "in_1").add("object", "invoice").add("customer", "cus_1").add("subscription", "sub_1")
                .add("amount_paid", 999).add("currency", "usd").add("period_end", PERIOD_END.getEpochSecond()));

        BillingEvent subscription = deliver(subscriptionPayload);
        BillingEvent invoice = deliver(invoicePayload);

        Event asTheSdkSeesIt = Webhook.constructEventWithoutVerification(subscriptionPayload);
        assertThat(asTheSdkSeesIt.getDataObjectDeserializer().getObject()).isEmpty();
        assertThat(subscription).isInstanceOfSatisfying(BillingEvent.SubscriptionChanged.class, changed -> {
            assertThat(changed.currentPeriodEnd()).isEqualTo(PERIOD_END);
            assertThat(changed.priceId()).isEqualTo("price_unlimited");
        });
        assertThat(invoice).isInstanceOfSatisfying(BillingEvent.InvoiceSettled.class, settled -> {
            assertThat(settled.subscriptionId()).isEqualTo("sub_1");
            assertThat(settled.periodEnd()).isEqualTo(PERIOD_END);
        });
    }

    @Test
    void signatureUnderAnotherSecretIsRefused() {
        String payload = current(eventId(), "invoice.paid", invoice());

        assertThatThrownBy(() -> events.verify(payload,
                signatureHeader(payload, NOW, "whsec_someone-elses-secret")))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("Stripe-Signature");
    }

    @Test
    void payloadChangedAfterSigningIsRefused() {
        String payload = current(eventId(), "charge.refunded", json().add("id", "ch_1").add("amount_refunded", 100));
        String header = signatureHeader(payload, NOW, WEBHOOK_SECRET);

        assertThatThrownBy(() -> events.verify(payload.replace("100", "100000"), header))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void signatureOlderThanTheToleranceIsRefusedAsAPossibleReplay() {
        String payload = current(eventId(), "invoice.paid", invoice());

        assertThatThrownBy(() -> events.verify(payload,
                signatureHeader(payload, NOW.minus(Duration.ofMinutes(5)).minusSeconds(1), WEBHOOK_SECRET)))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("tolerance");
        assertThat(events.verify(payload, signatureHeader(payload, NOW.minus(Duration.ofMinutes(4)), WEBHOOK_SECRET)))
                .isInstanceOf(BillingEvent.InvoiceSettled.class);
    }

    @Test
    void anyOfSeveralV1SignaturesMayMatchWhileTheSecretIsRolled() {
        String payload = current(eventId(), "invoice.paid", invoice());
        String ours = signatureHeader(payload, NOW, WEBHOOK_SECRET);
        String other = signatureHeader(payload, NOW, "whsec_the-expiring-secret");

        BillingEvent event = events.verify(payload, other + "," + ours.substring(ours.indexOf("v1=")));

        assertThat(event).isInstanceOf(BillingEvent.InvoiceSettled.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "t", "t=soon,v1=abc", "v1=abc", "t=1732000000", "t=1,v1", "garbage",
        "t=soon,t=1795600000,v1=abc", "t=1795600000,,v1=abc"})
    void missingOrMalformedSignatureHeaderIsRefusedAsInvalid(String header) {
        String payload = current(eventId(), "invoice.paid", invoice());

        assertThatThrownBy(() -> events.verify(payload, header)).isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> events.verify(payload, null)).isInstanceOf(InvalidSignatureException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void signedDeliveryThatIsNotAnEventIsAnErrorNotASignatureProblem() {
        String payload = "this is not JSON";

        assertThatThrownBy(() -> events.verify(payload, signatureHeader(payload, NOW, WEBHOOK_SECRET)))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(InvalidSignatureException.class);
    }
}
