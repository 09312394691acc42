package io.humanlink.web.api.billing;

import io.humanlink.billing.Payouts;
import io.humanlink.identity.Role;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A Friend's own earnings ledger and where payouts go. */
@Path("/friends/me/earnings")
@RequestScoped
@RolesAllowed(Role.FRIEND_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "billing")
public class FriendEarningsResource {

    @Inject
    Payouts payouts;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "My earnings: pending, available and paid, per session, and my payouts")
    public EarningsResponse earnings() {
        return EarningsResponse.of(payouts.summary(currentUser.id()));
    }

    @PUT
    @Path("/payout-account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the Stripe Connect account (acct_...) my payouts are transferred to")
    public Response payoutAccount(PayoutAccountRequest body) {
        payouts.setPayoutAccount(currentUser.id(), body == null ? null : body.accountId());
        return Response.noContent().build();
    }
}
