package io.humanlink.web.api.identity;

import io.humanlink.identity.FriendApplication;
import io.humanlink.identity.FriendApplicationService;
import io.humanlink.identity.Role;
import io.humanlink.platform.Page;
import io.humanlink.platform.PageRequest;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A user applies to become a Friend and follows their applications. */
@Path("/friends/applications")
@RequestScoped
@RolesAllowed(Role.USER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "friends")
public class FriendApplicationResource {

    @Inject
    FriendApplicationService applications;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply to become a Friend (verified email required; one pending application at a time)")
    public Response apply(@NotNull @Valid FriendApplicationRequest body) {
        FriendApplication application = applications.apply(currentUser.id(), body.motivation());
        return Response.status(Response.Status.CREATED).entity(FriendApplicationResponse.of(application)).build();
    }

    @GET
    @Operation(summary = "My applications, newest first")
    public Page<FriendApplicationResponse> mine(@QueryParam("limit") String limit,
                                                @QueryParam("cursor") String cursor) {
        return applications.mine(currentUser.id(), PageRequest.of(limit, cursor), FriendApplicationResponse::of);
    }
}
