package io.humanlink.web.api.sessions;

import io.humanlink.identity.Role;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.sessions.SessionQueries;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A Friend's own calendar: their sessions and their free time, from {@code from} (default now) for a week. */
@Path("/friends/me/calendar")
@RequestScoped
@RolesAllowed(Role.FRIEND_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "sessions")
public class FriendCalendarResource {

    static final Duration DEFAULT_RANGE = Duration.ofDays(7);

    @Inject
    SessionQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "My sessions and free slots as a Friend in [from, to) (ISO-8601 with offset)")
    public CalendarResponse calendar(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant[] range = range(from, to, clock);
        UUID me = currentUser.id();
        return queries.calendar(me, range[0], range[1], calendar -> {
            return new CalendarResponse(range[0], range[1], calendar.zone().getId(),
                    calendar.sessions().stream().map(s -> SessionResponse.of(s, me)).toList(),
                    calendar.free().stream().map(w -> FreeWindowResponse.of(w, calendar.zone())).toList());
        });
    }

    /** [from, to) from query strings: from defaults to now, to to a week after from. */
    static Instant[] range(String from, String to, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        RequestFields fields = new RequestFields(errors);
        Instant start = fields.instant("from", from, false);
        Instant end = fields.instant("to", to, false);
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        start = start == null ? clock.instant() : start;
        end = end == null ? start.plus(DEFAULT_RANGE) : end;
        return new Instant[] {start, end};
    }
}
