package io.humanlink.web.api.identity;

import io.humanlink.identity.Role;
import io.humanlink.identity.UserAdministrationService;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Account administration: managers may look, only admins may change roles or suspend. */
@Path("/admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminUserResource {

    @Inject
    UserAdministrationService administration;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Operation(summary = "Accounts, newest first; q matches email or display name")
    public Page<UserResponse> search(@QueryParam("q") String q, @QueryParam("limit") String limit,
                                     @QueryParam("cursor") String cursor) {
        return administration.search(q, PageRequest.of(limit, cursor), UserResponse::of);
    }

    @PUT
    @Path("/{id}/roles")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an account's roles (USER is always kept)")
    public UserResponse replaceRoles(@PathParam("id") UUID id, @NotNull @Valid RolesRequest body) {
        return UserResponse.of(administration.replaceRoles(id, body.roles(), currentUser.id()));
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Suspend an account: no sign-in, every session ended")
    public UserResponse suspend(@PathParam("id") UUID id, @Valid DecisionRequest body) {
        return UserResponse.of(administration.suspend(id, body == null ? null : body.reason(), currentUser.id()));
    }

    @POST
    @Path("/{id}/reactivate")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Lift a suspension")
    public UserResponse reactivate(@PathParam("id") UUID id) {
        return UserResponse.of(administration.reactivate(id, currentUser.id()));
    }
}
