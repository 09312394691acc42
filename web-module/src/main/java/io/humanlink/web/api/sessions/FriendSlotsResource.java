package io.humanlink.web.api.sessions;

import io.humanlink.identity.Role;
import io.humanlink.sessions.FriendCalendar;
import io.humanlink.sessions.SessionQueries;
import io.humanlink.sessions.SessionSettings;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** When members can book a Friend: free windows only, never whose sessions fill the rest. */
@Path("/friends/{id}/slots")
@RequestScoped
@RolesAllowed(Role.USER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "sessions")
public class FriendSlotsResource {

    @Inject
    SessionQueries queries;

    @Inject
    SessionSettings settings;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "A Friend's free time to book in [from, to) (ISO-8601 with offset; default: next 7 days)")
    public SlotsResponse slots(@PathParam("id") UUID friendId, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        Instant[] range = FriendCalendarResource.range(from, to, clock);
        FriendCalendar free = queries.freeTime(currentUser.id(), friendId, range[0], range[1]);
        return new SlotsResponse(range[0], range[1], free.zone().getId(),
                settings.durations().stream().sorted().toList(), (int) settings.startStep().toMinutes(),
                free.free().stream().map(w -> FreeWindowResponse.of(w, free.zone())).toList());
    }
}
