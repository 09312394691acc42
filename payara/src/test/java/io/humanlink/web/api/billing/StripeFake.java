package io.humanlink.web.api.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.humanlink.web.platform.AppUnderTest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Plays Stripe's API on the shared WireMock server, under {@link AppUnderTest#STRIPE_PATH} where the app's
 * {@code HUMANLINK_STRIPE_API_BASE} points: the answers are minimal but shaped like Stripe's (stripe-java 33.3.0 reads
 * them), with a fresh id per request and the request's own values echoed where the app may read them back. The
 * default stubs answer every test alike; {@link #refuse} stubs a failure keyed by a form value of the test's own (a
 * payment intent id, a connected account), so it cannot break another test's calls. What the app sent is read back
 * from WireMock's journal, with the form decoded ({@code subscription_data[trial_period_days]} etc.) and the
 * {@code Idempotency-Key} header.
 */
public final class StripeFake {

    public static final String CUSTOMERS = "/v1/customers";
    public static final String CHECKOUT_SESSIONS = "/v1/checkout/sessions";
    public static final String PORTAL_SESSIONS = "/v1/billing_portal/sessions";
    public static final String REFUNDS = "/v1/refunds";
    public static final String TRANSFERS = "/v1/transfers";
    public static final String SUBSCRIPTIONS = "/v1/subscriptions";

    /** Where the fake hosted pages live: never fetched, only handed to the person. */
    public static final String CHECKOUT_URL = "https://checkout.stripe.test/c/pay/";
    public static final String PORTAL_URL = "https://billing.stripe.test/p/session/";

    /** Refusals are matched before the defaults (WireMock: lower number first; unset is 5). */
    private static final int REFUSAL_PRIORITY = 1;
    private static final int DEFAULT_PRIORITY = 5;

    // Handlebars reads "}}}" as a triple-stash, so a closing brace after a value always has a space before it.
    private static final String FORM = "{{formData request.body 'form' urlDecode=true}}";
    private static final String FRESH = "{{replace request.id '-' ''}}";
    private static final String NOW = "{{now format='unix'}}";

    private static final String CUSTOMER = FORM + """
            {"id": "cus_test_%s", "object": "customer", "created": %s, "livemode": false,
             "email": "{{form.email}}", "metadata": {"user_id": "{{lookup form 'metadata[user_id]'}}" } }
            """.formatted(FRESH, NOW);

    private static final String CHECKOUT_SESSION = FORM + """
            {"id": "cs_test_%1$s", "object": "checkout.session", "created": %2$s, "livemode": false,
             "mode": "{{form.mode}}", "status": "open", "payment_status": "unpaid",
             "customer": {{#if form.customer}}"{{form.customer}}"{{else}}null{{/if}},
             "client_reference_id": {{#if form.client_reference_id}}"{{form.client_reference_id}}"{{else}}null{{/if}},
             "expires_at": {{#if form.expires_at}}{{form.expires_at}}{{else}}%2$s{{/if}},
             "url": "%3$scs_test_%1$s" }
            """.formatted(FRESH, NOW, CHECKOUT_URL);

    private static final String PORTAL_SESSION = FORM + """
            {"id": "bps_test_%1$s", "object": "billing_portal.session", "created": %2$s, "livemode": false,
             "customer": "{{form.customer}}", "url": "%3$stest_%1$s" }
            """.formatted(FRESH, NOW, PORTAL_URL);

    private static final String REFUND = FORM + """
            {"id": "re_test_%s", "object": "refund", "created": %s, "status": "succeeded", "currency": "eur",
             "amount": {{form.amount}}, "payment_intent": "{{form.payment_intent}}" }
            """.formatted(FRESH, NOW);

    private static final String TRANSFER = FORM + """
            {"id": "tr_test_%s", "object": "transfer", "created": %s, "livemode": false,
             "amount": {{form.amount}}, "currency": "{{form.currency}}", "destination": "{{form.destination}}" }
            """.formatted(FRESH, NOW);

    /** {@code /stripe/v1/subscriptions/{id}}: path segment 3 is the id. */
    private static final String SUBSCRIPTION = FORM + """
            {"id": "{{request.pathSegments.[3]}}", "object": "subscription", "created": %1$s, "livemode": false,
             "status": "active", "trial_end": %1$s, "cancel_at_period_end": false }
            """.formatted(NOW);

    private final WireMockServer wireMock;
    private final String prefix;

    public StripeFake(WireMockServer wireMock, String prefix) {
        this.wireMock = wireMock;
        this.prefix = prefix;
    }

    /** The fake for the app under test, its default answers in place. */
    public static StripeFake on(AppUnderTest app) {
        return new StripeFake(app.wireMock(), AppUnderTest.STRIPE_PATH).answerByDefault();
    }

    /**
     * Stubs every endpoint the app's gateway calls. The stubs have fixed ids, so doing this again (each test class
     * does) replaces them instead of piling up copies.
     */
    public StripeFake answerByDefault() {
        put("customers", post(urlPathEqualTo(prefix + CUSTOMERS)), CUSTOMER);
        put("checkout-sessions", post(urlPathEqualTo(prefix + CHECKOUT_SESSIONS)), CHECKOUT_SESSION);
        put("portal-sessions", post(urlPathEqualTo(prefix + PORTAL_SESSIONS)), PORTAL_SESSION);
        put("refunds", post(urlPathEqualTo(prefix + REFUNDS)), REFUND);
        put("transfers", post(urlPathEqualTo(prefix + TRANSFERS)), TRANSFER);
        put("subscriptions", post(urlPathMatching(prefix + SUBSCRIPTIONS + "/[^/]+")), SUBSCRIPTION);
        return this;
    }

    private void put(String name, MappingBuilder stub, String body) {
        UUID id = UUID.nameUUIDFromBytes(("stripe-fake:" + prefix + ":" + name).getBytes(StandardCharsets.UTF_8));
        stub.withId(id).atPriority(DEFAULT_PRIORITY).willReturn(json(200).withBody(body)
                .withTransformers("response-template"));
        synchronized (StripeFake.class) {
            if (wireMock.getStubMappings().stream().map(StubMapping::getId).anyMatch(id::equals)) {
                wireMock.editStub(stub);
            } else {
                wireMock.stubFor(stub);
            }
        }
    }

    /**
     * Makes Stripe answer {@code status} with an error document to POSTs to {@code resource} (e.g. {@link #REFUNDS})
     * whose form has {@code parameter=value} (e.g. {@code payment_intent=pi_this_test}). 5xx is an {@code api_error}
     * (the app may retry), 402 a {@code card_error}, anything else an {@code invalid_request_error}.
     */
    public void refuse(String resource, String parameter, String value, int status) {
        String error = status >= 500 ? "\"type\": \"api_error\""
                : status == 402 ? "\"type\": \"card_error\", \"code\": \"card_declined\""
                : "\"type\": \"invalid_request_error\", \"code\": \"resource_missing\", \"param\": \""
                        + parameter + "\"";
        wireMock.stubFor(post(urlPathEqualTo(prefix + resource))
                .withRequestBody(containing(encode(parameter) + "=" + encode(value)))
                .atPriority(REFUSAL_PRIORITY)
                .willReturn(json(status).withBody("""
                        {"error": {%s, "message": "Refused by the test (%s=%s)."}}"""
                        .formatted(error, parameter, value))));
    }

    /** Stripe's form encoding: URL-encoded, but the brackets of nested keys left as they are. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%5B", "[").replace("%5D", "]");
    }

    private static ResponseDefinitionBuilder json(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_test_fake");
    }

    /** Every POST the app made to {@code resource} (e.g. {@link #CHECKOUT_SESSIONS}), oldest first. */
    public List<StripeRequest> requests(String resource) {
        return wireMock.findAll(postRequestedFor(urlPathEqualTo(prefix + resource))).stream()
                .map(StripeRequest::of).toList();
    }

    /** The POSTs to {@code resource} whose form has {@code parameter=value}: this test's own calls. */
    public List<StripeRequest> requests(String resource, String parameter, String value) {
        return requests(resource).stream().filter(hasParameter(parameter, value)).toList();
    }

    /**
     * Checkout sessions created for a user ({@code client_reference_id}) or for a premium session
     * ({@code metadata[session_id]}).
     */
    public List<StripeRequest> checkoutSessionsFor(String userOrSessionPublicId) {
        return requests(CHECKOUT_SESSIONS).stream()
                .filter(hasParameter("client_reference_id", userOrSessionPublicId)
                        .or(hasParameter("metadata[session_id]", userOrSessionPublicId)))
                .toList();
    }

    /** Subscription updates (e.g. {@code trial_end=now}) the app sent for one subscription. */
    public List<StripeRequest> subscriptionUpdates(String subscriptionId) {
        return wireMock.findAll(postRequestedFor(urlPathEqualTo(prefix + SUBSCRIPTIONS + "/" + subscriptionId)))
                .stream().map(StripeRequest::of).toList();
    }

    private static Predicate<StripeRequest> hasParameter(String parameter, String value) {
        return request -> value.equals(request.form().get(parameter));
    }

    /**
     * One request the app sent to Stripe: its path, its form (keys as Stripe names them, {@code line_items[0][price]},
     * values decoded) and its {@code Idempotency-Key} (a random UUID from the SDK when the app gave none).
     */
    public record StripeRequest(String path, Map<String, String> form, String idempotencyKey) {

        static StripeRequest of(LoggedRequest request) {
            return new StripeRequest(request.getUrl(), decode(request.getBodyAsString()),
                    request.containsHeader("Idempotency-Key") ? request.getHeader("Idempotency-Key") : null);
        }

        public String param(String name) {
            return form.get(name);
        }

        private static Map<String, String> decode(String body) {
            Map<String, String> form = new LinkedHashMap<>();
            if (body != null && !body.isEmpty()) {
                for (String pair : body.split("&")) {
                    int eq = pair.indexOf('=');
                    form.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return Collections.unmodifiableMap(form);
        }
    }
}
