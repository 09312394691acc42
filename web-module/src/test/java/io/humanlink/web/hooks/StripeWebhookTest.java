package io.humanlink.web.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.billing.BillingEvent;
import io.humanlink.billing.BillingEventVerifier;
import io.humanlink.platform.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StripeWebhookTest {

    /** Whatever the header says, the fake verifier below decides; this one only has Stripe's shape. */
    private static final String HEADER = "t=1795600000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e1";

    private final List<String> verifiedPayloads = new ArrayList<>();
    private final List<BillingEvent> applied = new ArrayList<>();

    private StripeWebhook webhook(boolean signatureHolds) {
        StripeWebhook webhook = new StripeWebhook();
        webhook.verifier = (payload, header) -> {
            verifiedPayloads.add(payload);
            if (!signatureHolds || header == null) {
                throw new BillingEventVerifier.InvalidSignatureException("The Stripe-Signature header was refused.",
                        null);
            }
            return new BillingEvent.Ignored("evt_1", Instant.EPOCH, "customer.created");
        };
        webhook.billingEvents = applied::add;
        return webhook;
    }

    @Test
    void verifiedEventIsAppliedAndAcknowledged() {
        String answer = webhook(true).receive("{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8), HEADER);

        assertThat(answer).isEqualTo("{\"received\":true}");
        assertThat(applied).containsExactly(new BillingEvent.Ignored("evt_1", Instant.EPOCH, "customer.created"));
    }

    @Test
    void payloadIsVerifiedExactlyAsTheBytesStripeSent() {
        String sent = "{\n  \"id\": \"evt_1\",\n  \"name\": \"Zoë Ångström — 東京\"\n}";

        webhook(true).receive(sent.getBytes(StandardCharsets.UTF_8), HEADER);

        assertThat(verifiedPayloads).containsExactly(sent);
    }

    @Test
    void refusedSignatureIsA400InvalidSignatureAndNothingIsApplied() {
        assertThatThrownBy(() -> webhook(false).receive("{}".getBytes(StandardCharsets.UTF_8), HEADER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.slug()).isEqualTo("invalid-signature");
                    assertThat(e.getMessage()).contains("Stripe-Signature");
                });
        assertThat(applied).isEmpty();
    }

    @Test
    void failureToApplyPropagatesSoStripeDeliversAgain() {
        StripeWebhook webhook = webhook(true);
        webhook.billingEvents = event -> {
            throw new IllegalStateException("database down");
        };

        assertThatThrownBy(() -> webhook.receive("{}".getBytes(StandardCharsets.UTF_8), HEADER))
                .isInstanceOf(IllegalStateException.class).hasMessage("database down");
    }

    @Test
    void emptyBodyIsStillCheckedAndRefused() {
        assertThatThrownBy(() -> webhook(false).receive(null, null)).isInstanceOf(DomainException.class);
        assertThat(verifiedPayloads).containsExactly("");
    }
}
