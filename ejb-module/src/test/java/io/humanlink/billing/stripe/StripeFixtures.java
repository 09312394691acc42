package io.humanlink.billing.stripe;

import io.humanlink.platform.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Stripe account shaped like a real one, event payloads shaped like Stripe's, and Stripe's webhook signature
 * computed here as Stripe documents it (HMAC-SHA256 under the signing secret over {@code t + "." + payload}, hex),
 * independently of the SDK under test.
 */
final class StripeFixtures {

    static final String SECRET_KEY = "sk_test_51FixtureKey0000000000000000000000";
    static final String WEBHOOK_SECRET = "whsec_fixture0123456789abcdef0123456789abcdef";

    private StripeFixtures() {
    }

    static StripeSettings settings(String apiBase) {
        StripeSettings settings = new StripeSettings();
        settings.secretKey = Optional.of(SECRET_KEY);
        settings.webhookSecret = Optional.of(WEBHOOK_SECRET);
        settings.apiBase = apiBase;
        settings.webhookTolerance = Duration.ofMinutes(5);
        return settings;
    }

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + payload)>}, as Stripe sends it. */
    static String signatureHeader(String payload, Instant signedAt, String secret) {
        long t = signedAt.getEpochSecond();
        return "t=" + t + ",v1=" + hmacSha256Hex(secret, t + "." + payload);
    }

    static String hmacSha256Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A webhook event around {@code object}, at the API version the SDK is pinned to unless told otherwise. */
    static String event(String id, String type, Instant created, String apiVersion, JsonObjectBuilder object) {
        return Jsonp.PROVIDER.createObjectBuilder()
                .add("id", id)
                .add("object", "event")
                .add("api_version", apiVersion)
                .add("created", created.getEpochSecond())
                .add("data", Jsonp.PROVIDER.createObjectBuilder().add("object", object))
                .add("livemode", false)
                .add("pending_webhooks", 1)
                .add("request", Jsonp.PROVIDER.createObjectBuilder().addNull("id").addNull("idempotency_key"))
                .add("type", type)
                .build().toString();
    }

    static String eventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }

    static JsonObjectBuilder json() {
        return Jsonp.PROVIDER.createObjectBuilder();
    }

    static JsonObject metadata(String key, String value) {
        return json().add(key, value).build();
    }

    /** Stripe's list shape: {@code {"object":"list","data":[...]}}. */
    static JsonObjectBuilder list(JsonObjectBuilder... elements) {
        var data = Jsonp.PROVIDER.createArrayBuilder();
        for (JsonObjectBuilder element : elements) {
            data.add(element);
        }
        return json().add("object", "list").add("data", data).add("has_more", false);
    }

    /** A form-encoded body as the SDK sends it, keys and values decoded ({@code metadata[user_id]} etc.). */
    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }
}
