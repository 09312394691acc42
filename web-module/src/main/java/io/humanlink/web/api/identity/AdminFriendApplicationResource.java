package io.humanlink.web.api.identity;

import io.humanlink.identity.FriendApplication;
import io.humanlink.identity.FriendApplicationService;
import io.humanlink.identity.Role;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.Page;
import io.humanlink.platform.PageRequest;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Managers and admins review Friend applications. */
@Path("/admin/friend-applications")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminFriendApplicationResource {

    @Inject
    FriendApplicationService applications;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Applications, newest first, optionally by status (PENDING, APPROVED, REJECTED)")
    public Page<FriendApplicationResponse> list(@QueryParam("status") String status,
                                                @QueryParam("limit") String limit,
                                                @QueryParam("cursor") String cursor) {
        return applications.list(statusOf(status), PageRequest.of(limit, cursor), FriendApplicationResponse::of);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Approve: the applicant becomes a Friend")
    public FriendApplicationResponse approve(@PathParam("id") UUID id, @Valid DecisionRequest body) {
        return FriendApplicationResponse.of(applications.approve(id, currentUser.id(), body == null ? null : body.reason()));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Reject, with a reason for the applicant")
    public FriendApplicationResponse reject(@PathParam("id") UUID id, @Valid DecisionRequest body) {
        return FriendApplicationResponse.of(applications.reject(id, currentUser.id(), body == null ? null : body.reason()));
    }

    private static FriendApplication.Status statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return FriendApplication.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.validation("status", "must be one of PENDING, APPROVED, REJECTED");
        }
    }
}
