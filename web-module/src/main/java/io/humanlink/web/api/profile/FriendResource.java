package io.humanlink.web.api.profile;

import io.humanlink.identity.Role;
import io.humanlink.platform.Page;
import io.humanlink.platform.PageRequest;
import io.humanlink.profile.AvailabilityChanges;
import io.humanlink.profile.FriendProfileChanges;
import io.humanlink.profile.FriendProfileService;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Friends keep their profile and availability; members browse and view Friends. */
@Path("/friends")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "friends")
public class FriendResource {

    @Inject
    FriendProfileService profiles;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Role.USER_NAME)
    @Operation(summary = "Approved Friends accepting new people, filtered by language, interest or session type")
    public Page<FriendProfileResponse> browse(@QueryParam("language") String language,
                                              @QueryParam("interest") String interest,
                                              @QueryParam("type") String type,
                                              @QueryParam("limit") String limit,
                                              @QueryParam("cursor") String cursor) {
        return profiles.browse(profiles.filter(language, interest, type), PageRequest.of(limit, cursor),
                FriendProfileResponse::of);
    }

    @GET
    @Path("/me/profile")
    @RolesAllowed(Role.FRIEND_NAME)
    @Operation(summary = "My Friend profile")
    public FriendProfileResponse ownProfile() {
        return FriendProfileResponse.of(profiles.own(currentUser.id()));
    }

    @PUT
    @Path("/me/profile")
    @RolesAllowed(Role.FRIEND_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe what I offer as a Friend")
    public FriendProfileResponse describe(@NotNull @Valid FriendProfileRequest body) {
        return FriendProfileResponse.of(profiles.describe(currentUser.id(), new FriendProfileChanges(body.bio(),
                body.languages(), body.interests(), body.sessionTypes(), body.priceTier(), body.acceptingNew(),
                body.maxSessionsPerDayValue())));
    }

    @PUT
    @Path("/me/availability")
    @RolesAllowed(Role.FRIEND_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace my weekly availability and dated exceptions")
    public FriendProfileResponse setAvailability(@NotNull @Valid AvailabilityRequest body) {
        List<AvailabilityChanges.Slot> weekly = body.weekly().stream()
                .map(s -> s == null ? null : new AvailabilityChanges.Slot(s.day(), s.from(), s.to())).toList();
        List<AvailabilityChanges.DatedChange> dated = body.exceptions() == null ? List.of() : body.exceptions().stream()
                .map(d -> d == null ? null : new AvailabilityChanges.DatedChange(d.date(), d.from(), d.to(),
                        d.available())).toList();
        return FriendProfileResponse.of(profiles.setAvailability(currentUser.id(),
                new AvailabilityChanges(body.timeZone(), weekly, dated)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.USER_NAME)
    @Operation(summary = "A Friend's public profile")
    public FriendProfileResponse friend(@PathParam("id") UUID id) {
        return FriendProfileResponse.of(profiles.publicProfile(id));
    }
}
