package io.humanlink.billing.stripe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Our Stripe account, from MicroProfile Config ({@code humanlink.stripe.*}). The secret key and the webhook signing
 * secret have no defaults: the dev and test profiles carry obviously fake ones, and
 * {@link io.humanlink.platform.ProductionSafety} refuses a prod start without real ones. Read lazily so that a server
 * without Stripe still deploys; using a missing value fails with the name of the setting to provide.
 */
@ApplicationScoped
public class StripeSettings {

    /** Stripe's live API; tests point {@code humanlink.stripe.api-base} at a fake. */
    public static final String DEFAULT_API_BASE = "https://api.stripe.com";

    @Inject
    @ConfigProperty(name = "humanlink.stripe.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "humanlink.stripe.webhook-secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "humanlink.stripe.api-base", defaultValue = DEFAULT_API_BASE)
    String apiBase;

    @Inject
    @ConfigProperty(name = "humanlink.stripe.webhook-tolerance", defaultValue = "PT5M")
    Duration webhookTolerance;

    /** {@code sk_...} or a restricted {@code rk_...}: authenticates our API calls. */
    public String secretKey() {
        return required(secretKey, "humanlink.stripe.secret-key");
    }

    /** {@code whsec_...}: the key Stripe signs this endpoint's webhook deliveries with. */
    public String webhookSecret() {
        return required(webhookSecret, "humanlink.stripe.webhook-secret");
    }

    /**
     * Where the API answers, without a trailing slash; the SDK appends {@code /v1/...} to it as given, so a base with
     * a path (a fake under {@code /stripe}) works too.
     */
    public String apiBase() {
        String base = apiBase == null || apiBase.isBlank() ? DEFAULT_API_BASE : apiBase.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    /**
     * How old a signed delivery may be: an older signature is refused as a possible replay. At least a second, since
     * the SDK reads a tolerance of 0 as "no limit".
     */
    public Duration webhookTolerance() {
        if (webhookTolerance == null || webhookTolerance.getSeconds() < 1) {
            throw new IllegalStateException("humanlink.stripe.webhook-tolerance (HUMANLINK_STRIPE_WEBHOOK_TOLERANCE)"
                    + " is " + webhookTolerance + "; it must be at least PT1S");
        }
        return webhookTolerance;
    }

    private static String required(Optional<String> value, String key) {
        return value.map(String::strip).filter(v -> !v.isEmpty()).orElseThrow(() -> new IllegalStateException(
                key + " (" + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
                        + ") is not set; Stripe payments are unavailable"));
    }
}
