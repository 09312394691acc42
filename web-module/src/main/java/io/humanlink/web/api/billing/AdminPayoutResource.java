package io.humanlink.web.api.billing;

import io.humanlink.billing.Payouts;
import io.humanlink.identity.Role;
import io.humanlink.platform.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Managers run payouts and settle the ones paid by hand. */
@Path("/admin/payouts")
@RequestScoped
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "billing")
public class AdminPayoutResource {

    @Inject
    Payouts payouts;

    @GET
    @Operation(summary = "Recent payouts")
    public List<EarningsResponse.PayoutView> recent() {
        return payouts.recent(200).stream().map(EarningsResponse::payout).toList();
    }

    @POST
    @Path("/run")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Pay out every Friend's available balance (transfers if Stripe Connect is on)")
    public List<EarningsResponse.PayoutView> run() {
        return payouts.run().stream().map(EarningsResponse::payout).toList();
    }

    @POST
    @Path("/{id}/paid")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark a pending payout as paid by hand")
    public EarningsResponse.PayoutView paid(@PathParam("id") UUID id) {
        return EarningsResponse.payout(payouts.markPaid(id));
    }

    @POST
    @Path("/{id}/failed")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark a pending payout as failed; its sum becomes available again")
    public EarningsResponse.PayoutView failed(@PathParam("id") UUID id, FailRequest body) {
        String reason = body == null || body.reason() == null ? null : body.reason().strip();
        if (reason != null && reason.length() > FailRequest.MAX_REASON) {
            throw DomainException.validation("reason", "must be at most " + FailRequest.MAX_REASON + " characters");
        }
        return EarningsResponse.payout(payouts.markFailed(id, reason));
    }
}
