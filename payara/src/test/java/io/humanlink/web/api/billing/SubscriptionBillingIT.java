package io.humanlink.web.api.billing;

import static io.humanlink.web.api.sessions.SessionsFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.TokenPair;
import io.humanlink.web.api.billing.StripeEventSigner.StripeEvent;
import io.humanlink.web.api.sessions.SessionsFixture;
import io.humanlink.web.api.sessions.SessionsFixture.Person;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.Problems;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Subscribing through the hosted checkout, then Stripe's signed events (played by the test, the API by WireMock)
 * driving the subscription trialing → active → past_due → canceled; duplicates, shuffles and bad signatures; one
 * trial per person; billing stays private.
 */
@HumanLinkIT
class SubscriptionBillingIT {

    private static final String PRICE = "price_unlimited_monthly";

    private final AppUnderTest app;
    private final SessionsFixture sessions;
    private final BillingFixture billing;
    private final StripeFake stripe;
    private final StripeEventSigner signer;
    private final Accounts accounts;

    SubscriptionBillingIT(AppUnderTest app) {
        this.app = app;
        this.sessions = new SessionsFixture(app);
        this.billing = new BillingFixture(sessions);
        this.stripe = StripeFake.on(app);
        this.signer = StripeEventSigner.forApp(app);
        this.accounts = new Accounts(app);
    }

    @Test
    void checkoutThenSignedEventsMoveTheSubscriptionThroughItsLife() {
        Person user = sessions.user();
        String url = expect(200, sessions.send("POST", "/api/v1/billing/checkout", user, "{\"plan\":\"unlimited\"}"))
                .getString("url");
        assertThat(url).startsWith("https://");
        List<StripeFake.StripeRequest> checkouts = stripe.checkoutSessionsFor(user.id());
        assertThat(checkouts).hasSize(1);
        assertThat(checkouts.get(0).param("mode")).isEqualTo("subscription");
        assertThat(checkouts.get(0).param("line_items[0][price]")).isEqualTo(PRICE);
        assertThat(checkouts.get(0).param("subscription_data[trial_period_days]")).isEqualTo("7");
        assertThat(checkouts.get(0).idempotencyKey()).startsWith("subscribe-" + user.id());
        String customer = billing.customerOf(user.id());
        String subscription = "sub_test_" + UUID.randomUUID().toString().replace("-", "");
        Instant trialEnd = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        Instant t0 = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);

        deliver(StripeEventSigner.subscriptionCheckoutCompleted("cs_x", customer, subscription, user.id())
                .withCreated(t0));
        deliver(subscriptionEvent("customer.subscription.created", customer, subscription, "trialing", trialEnd,
                trialEnd).withCreated(t0));
        JsonObject trialing = me(user);
        assertThat(trialing.getString("status")).isEqualTo("trialing");
        assertThat(trialing.getBoolean("superUser")).isTrue();
        assertThat(Instant.parse(trialing.getString("trialEnd"))).isEqualTo(trialEnd);
        assertThat(trialing.getJsonObject("plan").getString("id")).isEqualTo("unlimited");
        assertThat(pendingNotifications(user, "TRIAL_ENDING")).isEqualTo(1);

        Instant renewal = trialEnd.plus(Duration.ofDays(30));
        deliver(StripeEventSigner.invoice(true, "in_" + UUID.randomUUID(), customer, subscription, 1999, "eur",
                renewal).withCreated(t0.plusSeconds(10)));
        deliver(subscriptionEvent("customer.subscription.updated", customer, subscription, "active", trialEnd,
                renewal).withCreated(t0.plusSeconds(10)));
        JsonObject active = me(user);
        assertThat(active.getString("status")).isEqualTo("active");
        assertThat(Instant.parse(active.getString("renewsAt"))).isEqualTo(renewal);
        assertThat(active.getJsonArray("invoices").getJsonObject(0).getString("status")).isEqualTo("paid");
        assertThat(pendingNotifications(user, "TRIAL_ENDING")).isZero();
        assertThat(pendingNotifications(user, "RENEWAL_UPCOMING")).isEqualTo(1);

        deliver(StripeEventSigner.invoice(false, "in_" + UUID.randomUUID(), customer, subscription, 1999, "eur",
                renewal.plus(Duration.ofDays(30))).withCreated(t0.plusSeconds(20)));
        deliver(subscriptionEvent("customer.subscription.updated", customer, subscription, "past_due", trialEnd,
                renewal).withCreated(t0.plusSeconds(20)));
        JsonObject pastDue = me(user);
        assertThat(pastDue.getString("status")).isEqualTo("past_due");
        assertThat(pastDue.getBoolean("superUser")).isFalse();
        assertThat(pastDue.getJsonArray("invoices")).hasSize(2);

        deliver(subscriptionEvent("customer.subscription.deleted", customer, subscription, "canceled", trialEnd,
                renewal).withCreated(t0.plusSeconds(30)));
        assertThat(me(user).getString("status")).isEqualTo("canceled");
        assertThat(pendingNotifications(user, "RENEWAL_UPCOMING")).isZero();
    }

    @Test
    void everyEventThreeTimesShuffledWithForgedAndStaleCopiesEndsInTheNewestState() {
        Person user = sessions.user();
        expect(200, sessions.send("POST", "/api/v1/billing/checkout", user, "{\"plan\":\"unlimited\"}"));
        String customer = billing.customerOf(user.id());
        String subscription = "sub_test_" + UUID.randomUUID().toString().replace("-", "");
        Instant trialEnd = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        Instant t0 = Instant.now().minusSeconds(300).truncatedTo(ChronoUnit.SECONDS);
        List<StripeEvent> history = List.of(
                subscriptionEvent("customer.subscription.created", customer, subscription, "trialing", trialEnd,
                        trialEnd).withCreated(t0),
                subscriptionEvent("customer.subscription.updated", customer, subscription, "active", trialEnd,
                        trialEnd.plus(Duration.ofDays(30))).withCreated(t0.plusSeconds(10)),
                StripeEventSigner.invoice(true, "in_" + UUID.randomUUID(), customer, subscription, 1999, "eur",
                        trialEnd.plus(Duration.ofDays(30))).withCreated(t0.plusSeconds(10)),
                subscriptionEvent("customer.subscription.updated", customer, subscription, "past_due", trialEnd,
                        trialEnd.plus(Duration.ofDays(30))).withCreated(t0.plusSeconds(20)),
                StripeEventSigner.invoice(false, "in_" + UUID.randomUUID(), customer, subscription, 1999, "eur",
                        trialEnd.plus(Duration.ofDays(60))).withCreated(t0.plusSeconds(20)),
                subscriptionEvent("customer.subscription.deleted", customer, subscription, "canceled", trialEnd,
                        trialEnd.plus(Duration.ofDays(30))).withCreated(t0.plusSeconds(30)));
        List<StripeEvent> deliveries = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            deliveries.addAll(history);
        }
        Collections.shuffle(deliveries, new Random(20261125));

        for (StripeEvent event : deliveries) {
            String payload = event.payload();
            Problems.assertProblem(signer.deliver(payload, signer.forgedHeader(payload)), 400, "invalid-signature");
            Problems.assertProblem(signer.deliver(payload, signer.staleHeader(payload)), 400, "invalid-signature");
            Problems.assertProblem(signer.deliver(payload, null), 400, "invalid-signature");
            assertThat(signer.deliver(event).statusCode()).isEqualTo(200);
        }

        JsonObject finalState = me(user);
        assertThat(finalState.getString("status")).isEqualTo("canceled");
        assertThat(finalState.getJsonArray("invoices")).hasSize(2);
        assertThat(sessions.count("select count(*) from processed_webhook_events where provider = 'stripe'"
                + " and event_id in (" + String.join(",", history.stream().map(e -> "'" + e.id() + "'").toList())
                + ")")).isEqualTo(history.size());
    }

    @Test
    void theSamePersonGetsOneTrialByEmailAndByCard() {
        String email = "trial-" + UUID.randomUUID() + "@example.test";
        Person first = verified(email);
        Person again = verified(email.replace("@", "+again@"));
        expect(200, sessions.send("POST", "/api/v1/billing/checkout", first, "{\"plan\":\"unlimited\"}"));
        expect(200, sessions.send("POST", "/api/v1/billing/checkout", again, "{\"plan\":\"unlimited\"}"));

        assertThat(stripe.checkoutSessionsFor(first.id()).get(0).param("subscription_data[trial_period_days]"))
                .isEqualTo("7");
        assertThat(stripe.checkoutSessionsFor(again.id()).get(0).param("subscription_data[trial_period_days]"))
                .isNull();

        String card = "fp_" + UUID.randomUUID();
        Person other = sessions.user();
        expect(200, sessions.send("POST", "/api/v1/billing/checkout", other, "{\"plan\":\"unlimited\"}"));
        String firstSubscription = "sub_test_" + UUID.randomUUID().toString().replace("-", "");
        String otherSubscription = "sub_test_" + UUID.randomUUID().toString().replace("-", "");
        Instant trialEnd = Instant.now().plus(Duration.ofDays(7));
        deliver(withCard(subscriptionEvent("customer.subscription.created", billing.customerOf(first.id()),
                firstSubscription, "trialing", trialEnd, trialEnd), card));
        deliver(withCard(subscriptionEvent("customer.subscription.created", billing.customerOf(other.id()),
                otherSubscription, "trialing", trialEnd, trialEnd), card));

        assertThat(stripe.subscriptionUpdates(firstSubscription)).isEmpty();
        assertThat(stripe.subscriptionUpdates(otherSubscription)).singleElement()
                .satisfies(update -> assertThat(update.param("trial_end")).isEqualTo("now"));
    }

    @Test
    void billingIsPrivateAndValidated() {
        Person user = sessions.user();
        Person other = sessions.user();
        expect(200, sessions.send("POST", "/api/v1/billing/checkout", user, "{\"plan\":\"unlimited\"}"));
        String customer = billing.customerOf(user.id());
        Instant end = Instant.now().plus(Duration.ofDays(7));
        deliver(subscriptionEvent("customer.subscription.created", customer, "sub_test_" + UUID.randomUUID()
                .toString().replace("-", ""), "trialing", end, end));

        assertThat(me(other).getString("status")).isEqualTo("none");
        assertThat(me(other).getJsonArray("invoices")).isEmpty();
        Problems.assertProblem(sessions.send("POST", "/api/v1/billing/portal", other, null), 409,
                "no-billing-account");
        assertThat(expect(200, sessions.send("POST", "/api/v1/billing/portal", user, null)).getString("url"))
                .startsWith("https://");
        Problems.assertProblem(sessions.send("POST", "/api/v1/billing/checkout", user, "{\"plan\":\"unlimited\"}"),
                409, "already-subscribed");
        assertThat(Problems.assertProblem(sessions.send("POST", "/api/v1/billing/checkout", other,
                "{\"plan\":\"gold\"}"), 400, "validation").fields()).containsExactly("plan");
        Problems.assertProblem(app.http().get("/api/v1/billing/me"), 401, "unauthorized");
        Problems.assertProblem(sessions.get("/api/v1/friends/me/earnings", other), 403, "forbidden");
        Problems.assertProblem(sessions.send("POST", "/api/v1/admin/payouts/run", other, null), 403, "forbidden");
    }

    @Test
    void aSubscribersCompletedSessionCreditsTheFriendAtTheHourlyRate() {
        Person user = sessions.user();
        Person friend = sessions.friend();
        expect(200, sessions.send("POST", "/api/v1/billing/checkout", user, "{\"plan\":\"unlimited\"}"));
        Instant end = Instant.now().plus(Duration.ofDays(7));
        deliver(subscriptionEvent("customer.subscription.created", billing.customerOf(user.id()), "sub_test_"
                + UUID.randomUUID().toString().replace("-", ""), "trialing", end, end));
        Instant start = SessionsFixture.daysAheadAt(2, 15);
        JsonObject session = sessions.booked(user, friend, "text", start, 30);
        assertThat(session.getString("billing")).isEqualTo("SUBSCRIPTION");

        sessions.timePasses(session.getString("id"), Duration.between(Instant.now(), start).plusMinutes(31));
        sessions.awaitStatus(session.getString("id"), "COMPLETED");

        JsonObject earnings = expect(200, sessions.get("/api/v1/friends/me/earnings", friend));
        assertThat(earnings.getJsonNumber("availableMinor").longValue()).isEqualTo(600);
        assertThat(earnings.getJsonArray("entries").getJsonObject(0).getString("sessionId"))
                .isEqualTo(session.getString("id"));
    }

    private Person verified(String email) {
        accounts.signUp(email);
        app.client().verifyEmail(accounts.verificationToken(email));
        TokenPair tokens = app.client().login(email, Accounts.PASSWORD);
        return new Person(app.client().me(tokens.accessToken()).id().toString(), tokens.accessToken(), email);
    }

    private static StripeEvent subscriptionEvent(String type, String customer, String subscription, String status,
                                                 Instant trialEnd, Instant periodEnd) {
        return StripeEventSigner.subscription(type, customer, subscription, status, PRICE, trialEnd, periodEnd,
                false);
    }

    private static StripeEvent withCard(StripeEvent event, String fingerprint) {
        JsonObject object = io.humanlink.platform.Jsonp.PROVIDER.createObjectBuilder(event.object())
                .add("default_payment_method", io.humanlink.platform.Jsonp.PROVIDER.createObjectBuilder()
                        .add("id", "pm_test_" + UUID.randomUUID().toString().replace("-", ""))
                        .add("object", "payment_method")
                        .add("card", io.humanlink.platform.Jsonp.PROVIDER.createObjectBuilder()
                                .add("fingerprint", fingerprint)))
                .build();
        return new StripeEvent(event.id(), event.type(), event.created(), event.apiVersion(), object);
    }

    private void deliver(StripeEvent event) {
        HttpResponse<String> response = signer.deliver(event);
        assertThat(response.statusCode()).as(event.type() + " -> " + response.body()).isEqualTo(200);
    }

    private JsonObject me(Person user) {
        return expect(200, sessions.get("/api/v1/billing/me", user));
    }

    private long pendingNotifications(Person user, String kind) {
        return sessions.count("select count(*) from notifications_outbox o join users u on u.id = o.user_id"
                + " where u.public_id = ? and o.kind = ? and o.delivered_at is null", user.id(), kind);
    }
}
