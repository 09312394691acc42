package io.humanlink.web.hooks;

import io.humanlink.billing.BillingEvent;
import io.humanlink.billing.BillingEventVerifier;
import io.humanlink.billing.BillingEvents;
import io.humanlink.platform.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Stripe's webhook endpoint. Open to anyone on the network, so nothing of a delivery is believed before its
 * {@code Stripe-Signature} is checked; a missing, wrong or stale signature is a 400 {@code invalid-signature} (Stripe's
 * convention) and nothing is recorded. The signature is over the body's exact bytes, so the body is taken as bytes
 * (no JSON binding, no charset guess by the container) and read as the UTF-8 Stripe sends. A verified event is handed
 * to {@link BillingEvents}, which applies each event id once, so Stripe's redeliveries are harmless. If applying
 * fails the exception propagates (the mappers answer 500, or the problem's own status), and any non-2xx answer makes
 * Stripe deliver the event again later. Hidden from the OpenAPI document, which describes the API for our clients.
 */
@Path("/hooks/stripe")
@RequestScoped
@PermitAll
public class StripeWebhook {

    public static final String SIGNATURE_HEADER = "Stripe-Signature";

    /** Stripe reads only the status; the body says what happened for a person looking at the delivery log. */
    static final String RECEIVED = "{\"received\":true}";

    @Inject
    BillingEventVerifier verifier;

    @Inject
    BillingEvents billingEvents;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String receive(byte[] body, @HeaderParam(SIGNATURE_HEADER) String signature) {
        String payload = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        BillingEvent event;
        try {
            event = verifier.verify(payload, signature);
        } catch (BillingEventVerifier.InvalidSignatureException e) {
            throw new DomainException(400, "invalid-signature", "Invalid signature", e.getMessage());
        }
        billingEvents.apply(event);
        return RECEIVED;
    }
}
