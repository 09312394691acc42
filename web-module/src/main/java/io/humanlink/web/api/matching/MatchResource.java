package io.humanlink.web.api.matching;

import io.humanlink.identity.Role;
import io.humanlink.matching.MatchService;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One's own matches: proposals with their reasons, the current match, accept, decline, re-match. */
@Path("/matches")
@RequestScoped
@RolesAllowed(Role.USER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "matches")
public class MatchResource {

    @Inject
    MatchService matches;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "My current match, ranked proposals (with why), and who is matched with me as a Friend")
    public MatchOverviewResponse overview() {
        return MatchOverviewResponse.of(matches.overview(currentUser.id()));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept a proposal; a current match ends (changing Friend is free)")
    public MatchResponse accept(@PathParam("id") UUID id) {
        return MatchResponse.of(matches.accept(currentUser.id(), id));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Decline a proposal, optionally never to be proposed that Friend again")
    public MatchResponse decline(@PathParam("id") UUID id, @Valid DeclineRequest body) {
        return MatchResponse.of(matches.decline(currentUser.id(), id, body == null ? null : body.reason(),
                body != null && Boolean.TRUE.equals(body.neverAgain())));
    }

    @POST
    @Path("/rematch")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "End the current match and get new proposals now")
    public List<MatchResponse> rematch(@Valid RematchRequest body) {
        return matches.rematch(currentUser.id(), body == null ? null : body.reason()).stream()
                .map(MatchResponse::of).toList();
    }
}
