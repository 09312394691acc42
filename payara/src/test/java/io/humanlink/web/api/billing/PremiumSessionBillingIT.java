package io.humanlink.web.api.billing;

import static io.humanlink.web.api.sessions.SessionsFixture.daysAheadAt;
import static io.humanlink.web.api.sessions.SessionsFixture.expect;
import static io.humanlink.web.api.sessions.SessionsFixture.startIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.web.api.billing.StripeEventSigner.StripeEvent;
import io.humanlink.web.api.sessions.SessionsFixture;
import io.humanlink.web.api.sessions.SessionsFixture.Person;
import io.humanlink.web.api.sessions.TwilioCallbacks;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.Problems;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Premium sessions (with premium-tier Friends): held while the user pays, booked only on the payment's webhook,
 * released when it fails; refunds by the policy; the Friend's earnings credited on completion, reversed by a refund,
 * and paid out as a transfer whose ledger entries balance to zero.
 */
@HumanLinkIT
class PremiumSessionBillingIT {

    /** 30 minutes at the default 3000 (minor units) an hour. */
    private static final long HALF_HOUR_PRICE = 1500;

    private final AppUnderTest app;
    private final SessionsFixture sessions;
    private final BillingFixture billing;
    private final StripeFake stripe;
    private final StripeEventSigner signer;
    private final TwilioCallbacks twilio;

    PremiumSessionBillingIT(AppUnderTest app) {
        this.app = app;
        this.sessions = new SessionsFixture(app);
        this.billing = new BillingFixture(sessions);
        this.stripe = StripeFake.on(app);
        this.signer = StripeEventSigner.forApp(app);
        this.twilio = new TwilioCallbacks(app);
    }

    private Person premiumFriend() {
        return sessions.friend(SessionsFixture.ALWAYS, 8, "PREMIUM");
    }

    @Test
    void aPremiumSessionHoldsItsSlotAndIsScheduledOnlyWhenPaid() {
        Person friend = premiumFriend();
        Person user = sessions.user();
        Instant start = daysAheadAt(3, 14);

        JsonObject pending = expect(201, sessions.book(user, friend, "video", start, 60));
        String id = pending.getString("id");
        assertThat(pending.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(pending.getString("billing")).isEqualTo("PREMIUM");
        assertThat(pending.getString("paymentUrl")).startsWith("https://");
        StripeFake.StripeRequest checkout = stripe.checkoutSessionsFor(id).get(0);
        assertThat(checkout.param("mode")).isEqualTo("payment");
        assertThat(checkout.param("line_items[0][price_data][unit_amount]")).isEqualTo("3000");
        assertThat(checkout.idempotencyKey()).isEqualTo("premium-session-" + id);
        Problems.assertProblem(sessions.book(sessions.user(), friend, "video", start, 60), 409, "slot-unavailable");
        assertThat(sessions.count("select count(*) from notifications_outbox where kind = 'SESSION_BOOKED'"
                + " and dedupe_key = ?", "session-booked:" + id)).isZero();

        StripeEvent paid = StripeEventSigner.paymentCheckoutCompleted(billing.checkoutOf(id), "pi_" + UUID.randomUUID(),
                id, 3000, "eur", true);
        deliver(paid);
        deliver(paid);

        assertThat(sessions.status(id)).isEqualTo("SCHEDULED");
        assertThat(sessions.count("select count(*) from notifications_outbox where kind = 'SESSION_BOOKED'"
                + " and dedupe_key = ?", "session-booked:" + id)).isEqualTo(1);
    }

    @Test
    void aFailedOrExpiredPaymentReleasesTheSlot() {
        Person friend = premiumFriend();
        Instant start = daysAheadAt(4, 9);
        String failed = expect(201, sessions.book(sessions.user(), friend, "voice", start, 30)).getString("id");
        deliver(StripeEventSigner.paymentIntentFailed("pi_" + UUID.randomUUID(), failed, HALF_HOUR_PRICE, "eur",
                "Your card was declined."));
        assertThat(sessions.status(failed)).isEqualTo("CANCELLED");

        String expired = expect(201, sessions.book(sessions.user(), friend, "voice", start, 30)).getString("id");
        deliver(StripeEventSigner.paymentCheckoutExpired(billing.checkoutOf(expired), expired, HALF_HOUR_PRICE,
                "eur"));
        assertThat(sessions.status(expired)).isEqualTo("CANCELLED");

        expect(201, sessions.book(sessions.user(), sessions.friend(), "text", start, 30));
        JsonObject third = expect(201, sessions.book(sessions.user(), friend, "voice", start, 30));
        assertThat(third.getString("status")).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void aPaymentArrivingAfterTheSlotWasReleasedIsRefundedInFull() {
        Person friend = premiumFriend();
        String id = expect(201, sessions.book(sessions.user(), friend, "voice", daysAheadAt(4, 16), 30))
                .getString("id");
        String intent = "pi_" + UUID.randomUUID();
        deliver(StripeEventSigner.paymentCheckoutExpired(billing.checkoutOf(id), id, HALF_HOUR_PRICE, "eur"));

        deliver(StripeEventSigner.paymentIntentSucceeded(intent, id, HALF_HOUR_PRICE, "eur"));

        assertThat(sessions.status(id)).isEqualTo("CANCELLED");
        assertThat(stripe.requests(StripeFake.REFUNDS, "payment_intent", intent)).singleElement()
                .satisfies(r -> assertThat(r.param("amount")).isEqualTo(Long.toString(HALF_HOUR_PRICE)));
    }

    @Test
    void aWebhookWhoseProcessingFailsAnswers5xxAndKeepsNothingSoStripeRetries() {
        Person friend = premiumFriend();
        String id = expect(201, sessions.book(sessions.user(), friend, "voice", daysAheadAt(5, 16), 30))
                .getString("id");
        String intent = "pi_" + UUID.randomUUID();
        deliver(StripeEventSigner.paymentCheckoutExpired(billing.checkoutOf(id), id, HALF_HOUR_PRICE, "eur"));
        stripe.refuse(StripeFake.REFUNDS, "payment_intent", intent, 500);
        StripeEvent late = StripeEventSigner.paymentIntentSucceeded(intent, id, HALF_HOUR_PRICE, "eur");

        HttpResponse<String> failed = signer.deliver(late);

        assertThat(failed.statusCode()).as(failed.body()).isGreaterThanOrEqualTo(500);
        assertThat(billing.text("select p.status from payments p join chat_sessions s on s.id = p.session_id"
                + " where s.public_id = ?", id)).isEqualTo("EXPIRED");
        assertThat(sessions.count("select count(*) from processed_webhook_events where event_id = ?", late.id()))
                .as("a failed event is not marked processed, so its redelivery is applied").isZero();
    }

    @Test
    void cancellingAheadOfTheWindowRefundsInFullAndLateRefundsNothing() {
        Person friend = premiumFriend();
        Person user = sessions.user();
        String early = paidSession(user, friend, daysAheadAt(5, 10), "pi_" + UUID.randomUUID());
        String lateIntent = "pi_" + UUID.randomUUID();
        String late = paidSession(user, friend, startIn(Duration.ofHours(3)), lateIntent);
        String earlyIntent = intentOf(early);

        expect(200, sessions.send("POST", "/api/v1/sessions/" + early + "/cancel", user, null));
        expect(200, sessions.send("POST", "/api/v1/sessions/" + late + "/cancel", user, null));

        assertThat(stripe.requests(StripeFake.REFUNDS, "payment_intent", earlyIntent)).singleElement()
                .satisfies(r -> assertThat(r.param("amount")).isEqualTo(Long.toString(HALF_HOUR_PRICE)));
        assertThat(stripe.requests(StripeFake.REFUNDS, "payment_intent", lateIntent)).isEmpty();
        JsonObject earnings = expect(200, sessions.get("/api/v1/friends/me/earnings", friend));
        assertThat(earnings.getJsonNumber("availableMinor").longValue()).isEqualTo(1200);
    }

    @Test
    void aCompletedSessionCreditsTheFriendARefundReversesItAndPayoutsBalanceToZero() {
        Person friend = premiumFriend();
        Person user = sessions.user();
        String intent = "pi_" + UUID.randomUUID();
        String first = paidSession(user, friend, startIn(Duration.ofMinutes(2)), intent);
        complete(first, user, friend);

        JsonObject credited = expect(200, sessions.get("/api/v1/friends/me/earnings", friend));
        assertThat(credited.getJsonNumber("availableMinor").longValue()).isEqualTo(1200);

        deliver(StripeEventSigner.chargeRefunded("ch_" + UUID.randomUUID(), intent, HALF_HOUR_PRICE, 500, "eur"));
        deliver(StripeEventSigner.chargeRefunded("ch_" + UUID.randomUUID(), intent, HALF_HOUR_PRICE, 500, "eur"));
        assertThat(available(friend)).isEqualTo(1200 - 400);
        deliver(StripeEventSigner.chargeRefunded("ch_" + UUID.randomUUID(), intent, HALF_HOUR_PRICE,
                HALF_HOUR_PRICE, "eur"));
        assertThat(available(friend)).isZero();

        Person second = sessions.user();
        String secondSession = paidSession(second, friend, startIn(Duration.ofMinutes(45)), "pi_" + UUID.randomUUID());
        complete(secondSession, second, friend);
        assertThat(available(friend)).isEqualTo(1200);
        String account = "acct_test" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        expect(204, sessions.send("PUT", "/api/v1/friends/me/earnings/payout-account", friend,
                "{\"accountId\":\"" + account + "\"}"));
        Person manager = managerPerson();

        HttpResponse<String> run = sessions.send("POST", "/api/v1/admin/payouts/run", manager, null);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(run.body()).contains(account.isEmpty() ? "" : "\"status\":\"paid\"");
        JsonObject earnings = expect(200, sessions.get("/api/v1/friends/me/earnings", friend));
        JsonObject payout = earnings.getJsonArray("payouts").getJsonObject(0);
        assertThat(payout.getString("status")).isEqualTo("paid");
        assertThat(payout.getJsonNumber("amountMinor").longValue()).isEqualTo(1200);
        assertThat(earnings.getJsonNumber("paidMinor").longValue()).isEqualTo(1200);
        assertThat(earnings.getJsonNumber("availableMinor").longValue()).isZero();
        assertThat(stripe.requests(StripeFake.TRANSFERS, "destination", account)).singleElement()
                .satisfies(r -> assertThat(r.param("amount")).isEqualTo("1200"));
        assertThat(sessions.count("select coalesce(sum(e.amount_minor), 0) from earnings e join payout_items i"
                + " on i.earning_id = e.id join payouts p on p.id = i.payout_id where p.public_id = ?",
                payout.getString("id"))).isZero();
        assertThat(sessions.count("select count(*) from payout_items i join payouts p on p.id = i.payout_id"
                + " where p.public_id = ?", payout.getString("id"))).isEqualTo(5);
    }

    @Test
    void anUnpaidSessionIsReleasedWhenItsPaymentTimeRunsOut() {
        Person friend = premiumFriend();
        Instant start = daysAheadAt(6, 12);
        String id = expect(201, sessions.book(sessions.user(), friend, "video", start, 30)).getString("id");

        sessions.execute("update chat_sessions set payment_due_at = now() - interval '1 second' where public_id = ?",
                id);
        sessions.awaitStatus(id, "CANCELLED");

        assertThat(billing.text("select p.status from payments p join chat_sessions s on s.id = p.session_id"
                + " where s.public_id = ?", id)).isEqualTo("EXPIRED");
        expect(201, sessions.book(sessions.user(), friend, "video", start, 30));
    }

    @Test
    void aManagerSettlesManualPayoutsAndAFailedOneComesBack() {
        Person friend = premiumFriend();
        Person user = sessions.user();
        complete(paidSession(user, friend, startIn(Duration.ofMinutes(80)), "pi_" + UUID.randomUUID()), user,
                friend);
        Person manager = managerPerson();
        assertThat(sessions.send("POST", "/api/v1/admin/payouts/run", manager, null).statusCode()).isEqualTo(200);
        JsonObject pending = expect(200, sessions.get("/api/v1/friends/me/earnings", friend))
                .getJsonArray("payouts").getJsonObject(0);
        assertThat(pending.getString("status")).isEqualTo("pending");

        assertThat(Problems.assertProblem(sessions.send("POST", "/api/v1/admin/payouts/" + pending.getString("id")
                + "/failed", manager, "{\"reason\":\"" + "x".repeat(501) + "\"}"), 400, "validation").fields())
                .containsExactly("reason");
        JsonObject failed = expect(200, sessions.send("POST", "/api/v1/admin/payouts/" + pending.getString("id")
                + "/failed", manager, "{\"reason\":\"Bank refused the account\"}"));
        assertThat(failed.getString("status")).isEqualTo("failed");
        assertThat(available(friend)).isEqualTo(1200);
        Problems.assertProblem(sessions.send("POST", "/api/v1/admin/payouts/" + pending.getString("id") + "/paid",
                manager, null), 409, "payout-settled");
        Problems.assertProblem(sessions.send("POST", "/api/v1/admin/payouts/" + pending.getString("id") + "/paid",
                user, null), 403, "forbidden");

        assertThat(sessions.send("POST", "/api/v1/admin/payouts/run", manager, null).statusCode()).isEqualTo(200);
        JsonObject again = expect(200, sessions.get("/api/v1/friends/me/earnings", friend))
                .getJsonArray("payouts").getJsonObject(0);
        expect(200, sessions.send("POST", "/api/v1/admin/payouts/" + again.getString("id") + "/paid", manager, null));
        JsonObject earnings = expect(200, sessions.get("/api/v1/friends/me/earnings", friend));
        assertThat(earnings.getJsonNumber("paidMinor").longValue()).isEqualTo(1200);
        assertThat(earnings.getJsonNumber("availableMinor").longValue()).isZero();

        String friendsEntries = " from earnings where friend_id = (select id from users where public_id = '"
                + friend.id() + "')";
        assertThat(sessions.count("select count(*)" + friendsEntries)).as("credit, debit, return, debit").isEqualTo(4);
        assertThat(sessions.refusal("update earnings set amount_minor = amount_minor + 1 where id in"
                + " (select id" + friendsEntries + ")")).contains("append-only");
        assertThat(sessions.refusal("delete from payout_items where earning_id in (select id" + friendsEntries
                + "); delete" + friendsEntries)).contains("append-only");
    }

    private Person managerPerson() {
        return new Person("manager", new io.humanlink.web.platform.Accounts(app).managerToken(),
                "manager@humanlink.dev");
    }

    /** Books a 30-minute premium voice session and delivers its paid checkout; returns the session id. */
    private String paidSession(Person user, Person friend, Instant start, String intent) {
        String id = expect(201, sessions.book(user, friend, "voice", start, 30)).getString("id");
        deliver(StripeEventSigner.paymentCheckoutCompleted(billing.checkoutOf(id), intent, id, HALF_HOUR_PRICE, "eur",
                true));
        assertThat(sessions.status(id)).isEqualTo("SCHEDULED");
        return id;
    }

    private String intentOf(String sessionId) {
        return billing.text("select p.payment_intent_id from payments p join chat_sessions s on s.id = p.session_id"
                + " where s.public_id = ?", sessionId);
    }

    /** The call opens at the start and ends after the full 30 minutes (Twilio's signed room callbacks). */
    private void complete(String sessionId, Person user, Person friend) {
        String room = "RM" + UUID.randomUUID().toString().replace("-", "");
        Instant opened = Instant.parse(expect(200, sessions.get("/api/v1/sessions/" + sessionId, user))
                .getString("start"));
        assertThat(twilio.postSigned(TwilioCallbacks.roomEvent("room-created", sessionId, room, 0,
                opened.toString())).statusCode()).isEqualTo(204);
        var ended = TwilioCallbacks.roomEvent("room-ended", sessionId, room, 1, opened.plusSeconds(1800).toString());
        ended.put("RoomDuration", "1800");
        assertThat(twilio.postSigned(ended).statusCode()).isEqualTo(204);
        assertThat(sessions.status(sessionId)).isEqualTo("COMPLETED");
    }

    private long available(Person friend) {
        return expect(200, sessions.get("/api/v1/friends/me/earnings", friend)).getJsonNumber("availableMinor")
                .longValue();
    }

    private void deliver(StripeEvent event) {
        HttpResponse<String> response = signer.deliver(event);
        assertThat(response.statusCode()).as(event.type() + " -> " + response.body()).isEqualTo(200);
    }
}
