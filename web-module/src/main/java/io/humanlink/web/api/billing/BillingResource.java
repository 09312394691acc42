package io.humanlink.web.api.billing;

import io.humanlink.billing.BillingService;
import io.humanlink.identity.Role;
import io.humanlink.platform.DomainException;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One's own subscription: subscribe (hosted checkout, 7-day trial once per person), manage (portal), overview. */
@Path("/billing")
@RequestScoped
@RolesAllowed(Role.USER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "billing")
public class BillingResource {

    @Inject
    BillingService billing;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("/checkout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A hosted checkout URL to subscribe to a plan (with the free trial if this is your first)")
    public RedirectResponse checkout(CheckoutRequest body) {
        if (body == null || body.plan() == null || body.plan().isBlank()) {
            throw DomainException.validation("plan", "is required");
        }
        return new RedirectResponse(billing.checkout(currentUser.id(), body.plan().strip()));
    }

    @POST
    @Path("/portal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A customer portal URL to manage the subscription and payment methods")
    public RedirectResponse portal() {
        return new RedirectResponse(billing.portal(currentUser.id()));
    }

    @GET
    @Path("/me")
    @Operation(summary = "My plan, status, trial end, renewal date and invoices")
    public BillingResponse me() {
        return BillingResponse.of(billing.overview(currentUser.id()));
    }
}
