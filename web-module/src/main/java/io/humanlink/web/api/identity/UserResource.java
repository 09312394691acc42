package io.humanlink.web.api.identity;

import io.humanlink.identity.AccountService;
import io.humanlink.identity.ProfileChanges;
import io.humanlink.identity.Role;
import io.humanlink.identity.UserBlocks;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One's own account, other members' public profiles, and blocking members. */
@Path("/users")
@RequestScoped
@RolesAllowed(Role.USER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "users")
public class UserResource {

    @Inject
    AccountService accounts;

    @Inject
    UserBlocks blocks;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in account")
    public UserResponse me() {
        return UserResponse.of(accounts.find(currentUser.id()));
    }

    @PATCH
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change display name, time zone, locale or bio")
    public UserResponse updateMe(@NotNull @Valid ProfilePatch body) {
        return UserResponse.of(accounts.updateProfile(currentUser.id(),
                new ProfileChanges(body.displayName(), body.timeZone(), body.locale(), body.bio())));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Another member's public profile (no email); suspended members are not found")
    public PublicUserResponse publicProfile(@PathParam("id") UUID id) {
        return PublicUserResponse.of(accounts.findMember(id));
    }

    @POST
    @Path("/{id}/block")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Block a member: no proposals, bookings or chat messages between us either way (idempotent)")
    public void block(@PathParam("id") UUID id) {
        blocks.block(currentUser.id(), id);
    }

    @DELETE
    @Path("/{id}/block")
    @Operation(summary = "Lift my block of a member (idempotent)")
    public void unblock(@PathParam("id") UUID id) {
        blocks.unblock(currentUser.id(), id);
    }
}
