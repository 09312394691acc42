package io.humanlink.billing.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.humanlink.billing.PaymentGateway.CheckoutLink;
import io.humanlink.billing.PaymentGateway.PremiumCharge;
import io.humanlink.billing.PaymentProviderException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The gateway against WireMock playing Stripe under a path prefix, as the integration tests run it. */
class StripeGatewayTest {

    private static final String PREFIX = "/stripe";

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private StripeGateway gateway(int networkRetries) {
        StripeGateway gateway = new StripeGateway();
        gateway.settings = StripeFixtures.settings("http://127.0.0.1:" + stripe.getPort() + PREFIX + "/");
        gateway.networkRetries = networkRetries;
        return gateway;
    }

    private final StripeGateway gateway = gateway(0);

    private static void answer(String path, String json) {
        stripe.stubFor(post(urlPathEqualTo(PREFIX + path)).willReturn(okJson(json).withHeader("Request-Id", "req_1")));
    }

    private static LoggedRequest onlyRequestTo(String path) {
        List<LoggedRequest> requests = stripe.findAll(postRequestedFor(urlPathEqualTo(PREFIX + path)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static Map<String, String> form(LoggedRequest request) {
        return StripeFixtures.form(request.getBodyAsString());
    }

    @Test
    void knownCustomerIsKeptWithoutAskingStripe() {
        assertThat(gateway.ensureCustomer("cus_known", "user-7", "ann@humanlink.test", "key-1")).isEqualTo("cus_known");

        assertThat(stripe.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void newCustomerCarriesTheUserIdTheEmailAndOurIdempotencyKey() {
        answer("/v1/customers", """
                {"id":"cus_new","object":"customer","email":"ann@humanlink.test","metadata":{"user_id":"user-7"},
                 "created":1795600000,"livemode":false}""");

        String customer = gateway.ensureCustomer(null, "user-7", "ann@humanlink.test", "customer-user-7");

        LoggedRequest request = onlyRequestTo("/v1/customers");
        assertThat(customer).isEqualTo("cus_new");
        assertThat(form(request)).containsEntry("email", "ann@humanlink.test")
                .containsEntry("metadata[user_id]", "user-7");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("customer-user-7");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + StripeFixtures.SECRET_KEY);
    }

    private static final String CHECKOUT = """
            {"id":"cs_test_1","object":"checkout.session","mode":"subscription","status":"open",
             "url":"https://checkout.stripe.test/c/pay/cs_test_1","livemode":false}""";

    @Test
    void subscriptionCheckoutAsksForTheTrialAndReferencesTheUser() {
        answer("/v1/checkout/sessions", CHECKOUT);

        CheckoutLink link = gateway.subscriptionCheckout("cus_1", "price_unlimited", 7, "user-7",
                "https://app.humanlink.test/billing/done", "https://app.humanlink.test/billing", "checkout-1");

        LoggedRequest request = onlyRequestTo("/v1/checkout/sessions");
        assertThat(link).isEqualTo(new CheckoutLink("cs_test_1", "https://checkout.stripe.test/c/pay/cs_test_1"));
        assertThat(form(request))
                .containsEntry("mode", "subscription")
                .containsEntry("customer", "cus_1")
                .containsEntry("line_items[0][price]", "price_unlimited")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("subscription_data[trial_period_days]", "7")
                .containsEntry("subscription_data[metadata][user_id]", "user-7")
                .containsEntry("client_reference_id", "user-7")
                .containsEntry("metadata[user_id]", "user-7")
                .containsEntry("success_url", "https://app.humanlink.test/billing/done")
                .containsEntry("cancel_url", "https://app.humanlink.test/billing");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("checkout-1");
    }

    @Test
    void subscriptionCheckoutWithoutTrialAsksForNone() {
        answer("/v1/checkout/sessions", CHECKOUT);

        gateway.subscriptionCheckout("cus_1", "price_unlimited", 0, "user-7", "https://a.test/ok", "https://a.test/no",
                "checkout-2");

        assertThat(form(onlyRequestTo("/v1/checkout/sessions")))
                .doesNotContainKey("subscription_data[trial_period_days]");
    }

    @Test
    void paymentCheckoutPricesTheSessionAndTagsCheckoutAndPaymentIntentWithIt() {
        answer("/v1/checkout/sessions", CHECKOUT.replace("subscription", "payment"));
        Instant expiresAt = Instant.parse("2026-11-25T11:00:00Z");

        gateway.paymentCheckout("cus_1", new PremiumCharge("session-9", "Video session with Ana, 60 min", 2500, "EUR"),
                "https://a.test/ok", "https://a.test/no", expiresAt, "pay-session-9");

        LoggedRequest request = onlyRequestTo("/v1/checkout/sessions");
        assertThat(form(request))
                .containsEntry("mode", "payment")
                .containsEntry("line_items[0][price_data][currency]", "eur")
                .containsEntry("line_items[0][price_data][unit_amount]", "2500")
                .containsEntry("line_items[0][price_data][product_data][name]", "Video session with Ana, 60 min")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("metadata[session_id]", "session-9")
                .containsEntry("payment_intent_data[metadata][session_id]", "session-9")
                .containsEntry("expires_at", Long.toString(expiresAt.getEpochSecond()));
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("pay-session-9");
    }

    @Test
    void portalSessionReturnsItsUrl() {
        answer("/v1/billing_portal/sessions", """
                {"id":"bps_1","object":"billing_portal.session","customer":"cus_1",
                 "url":"https://billing.stripe.test/p/session/test_1","return_url":"https://a.test/me"}""");

        String url = gateway.portalUrl("cus_1", "https://a.test/me");

        assertThat(url).isEqualTo("https://billing.stripe.test/p/session/test_1");
        assertThat(form(onlyRequestTo("/v1/billing_portal/sessions"))).containsEntry("customer", "cus_1")
                .containsEntry("return_url", "https://a.test/me");
    }

    @Test
    void refundNamesThePaymentIntentAndAmount() {
        answer("/v1/refunds", """
                {"id":"re_1","object":"refund","amount":1000,"currency":"eur","payment_intent":"pi_1",
                 "status":"succeeded"}""");

        String refund = gateway.refund("pi_1", 1000, "refund-1");

        LoggedRequest request = onlyRequestTo("/v1/refunds");
        assertThat(refund).isEqualTo("re_1");
        assertThat(form(request)).containsEntry("payment_intent", "pi_1").containsEntry("amount", "1000");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("refund-1");
    }

    @Test
    void transferGoesToTheConnectedAccount() {
        answer("/v1/transfers", """
                {"id":"tr_1","object":"transfer","amount":1800,"currency":"eur","destination":"acct_friend"}""");

        String transfer = gateway.transfer("acct_friend", 1800, "EUR", "payout-1");

        LoggedRequest request = onlyRequestTo("/v1/transfers");
        assertThat(transfer).isEqualTo("tr_1");
        assertThat(form(request)).containsEntry("destination", "acct_friend").containsEntry("amount", "1800")
                .containsEntry("currency", "eur");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("payout-1");
    }

    @Test
    void endingATrialSetsItsEndToNow() {
        answer("/v1/subscriptions/sub_1", """
                {"id":"sub_1","object":"subscription","status":"active","customer":"cus_1","trial_end":1795600000}""");

        gateway.endTrialNow("sub_1");

        assertThat(form(onlyRequestTo("/v1/subscriptions/sub_1"))).containsEntry("trial_end", "now");
    }

    private static void fail(String path, int status, String type, String message) {
        stripe.stubFor(post(urlPathEqualTo(PREFIX + path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_failed")
                .withBody("{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}")));
    }

    @Test
    void stripeFailingOnItsSideIsRetryable() {
        fail("/v1/refunds", 500, "api_error", "Something went wrong on Stripe's end.");

        assertThatThrownBy(() -> gateway.refund("pi_1", 1000, "refund-2"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isRetryable()).isTrue())
                .hasMessageContaining("HTTP 500").hasMessageContaining("Something went wrong");
    }

    @Test
    void sdkRetriesAServerErrorWithTheSameIdempotencyKey() {
        fail("/v1/transfers", 503, "api_error", "Try again.");

        assertThatThrownBy(() -> gateway(2).transfer("acct_friend", 1800, "EUR", "payout-2"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isRetryable()).isTrue());

        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo(PREFIX + "/v1/transfers"))))
                .hasSize(3).allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("payout-2"));
    }

    @Test
    void refusedRequestIsNotRetryable() {
        fail("/v1/checkout/sessions", 400, "invalid_request_error", "No such price: 'price_gone'");

        assertThatThrownBy(() -> gateway.subscriptionCheckout("cus_1", "price_gone", 7, "user-7", "https://a.test/ok",
                "https://a.test/no", "checkout-3"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isRetryable()).isFalse())
                .hasMessageContaining("No such price");
    }

    @Test
    void declinedCardIsNotRetryable() {
        fail("/v1/refunds", 402, "card_error", "Your card was declined.");

        assertThatThrownBy(() -> gateway.refund("pi_1", 1000, "refund-3"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isRetryable()).isFalse());
    }

    @Test
    void throttlingIsRetryable() {
        fail("/v1/customers", 429, "invalid_request_error", "Too many requests hit the API too quickly.");

        assertThatThrownBy(() -> gateway.ensureCustomer(null, "user-7", "ann@humanlink.test", "customer-2"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void unreachableStripeIsRetryable() {
        StripeGateway unreachable = new StripeGateway();
        unreachable.settings = StripeFixtures.settings("http://127.0.0.1:9/stripe");
        unreachable.networkRetries = 0;

        assertThatThrownBy(() -> unreachable.portalUrl("cus_1", "https://a.test/me"))
                .isInstanceOfSatisfying(PaymentProviderException.class, e -> assertThat(e.isRetryable()).isTrue())
                .hasMessageContaining("no answer");
    }
}
