package io.humanlink.web.api.sessions;

import io.humanlink.identity.Role;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.platform.Page;
import io.humanlink.platform.PageRequest;
import io.humanlink.sessions.BookingService;
import io.humanlink.sessions.CallAccess;
import io.humanlink.sessions.CallTokenIssuer;
import io.humanlink.sessions.FeedbackService;
import io.humanlink.sessions.SessionFilter;
import io.humanlink.sessions.SessionQueries;
import io.humanlink.sessions.SessionStatus;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One's sessions, as the user who booked or the Friend who was booked: book, list, read, move, cancel, report a
 * no-show, get a call token, give feedback. Only the two participants reach a session (anyone else: 404).
 */
@Path("/sessions")
@RequestScoped
@RolesAllowed(Role.USER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "sessions")
public class SessionResource {

    static final int MAX_IDEMPOTENCY_KEY = 200;

    @Inject
    BookingService booking;

    @Inject
    SessionQueries queries;

    @Inject
    CallAccess calls;

    @Inject
    FeedbackService feedback;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a Friend; repeat-safe with an Idempotency-Key header")
    public Response book(BookSessionRequest body,
                         @Parameter(description = "Makes retries safe: the same key returns the same booking")
                         @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (body == null) {
            throw DomainException.validation("body", "is required");
        }
        String key = idempotencyKey(idempotencyKey);
        UUID me = currentUser.id();
        BookingService.Booking result = booking.book(me, body.toBooking(), key);
        SessionResponse view = SessionResponse.of(result.session(), me).withPaymentUrl(result.paymentUrl());
        Response.ResponseBuilder response = Response.created(URI.create("/api/v1/sessions/" + view.id()))
                .entity(view);
        if (result.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Operation(summary = "My sessions (as user or Friend) by start time; filter by status and start range")
    public Page<SessionResponse> mine(@QueryParam("status") String status, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("limit") String limit,
                                      @QueryParam("cursor") String cursor) {
        SessionFilter filter = filter(status, from, to);
        UUID me = currentUser.id();
        return queries.mine(me, filter, PageRequest.of(limit, cursor), s -> SessionResponse.of(s, me));
    }

    /** The list filter from query strings; a range that ends before it starts is the client's mistake, as elsewhere. */
    static SessionFilter filter(String status, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        RequestFields fields = new RequestFields(errors);
        SessionFilter filter = new SessionFilter(statuses(status, errors), fields.instant("from", from, false),
                fields.instant("to", to, false));
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            errors.add(new FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        return filter;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my sessions")
    public SessionResponse one(@PathParam("id") UUID id) {
        UUID me = currentUser.id();
        return queries.one(me, id, s -> SessionResponse.of(s, me));
    }

    @POST
    @Path("/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a scheduled session (until the cancellation window)")
    public SessionResponse reschedule(@PathParam("id") UUID id, RescheduleRequest body) {
        List<FieldError> errors = new ArrayList<>();
        RequestFields fields = new RequestFields(errors);
        var start = fields.instant("start", body == null ? null : body.start(), true);
        var minutes = fields.positive("durationMinutes", body == null ? null : body.durationMinutes(), false);
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        UUID me = currentUser.id();
        return SessionResponse.of(booking.reschedule(me, id, start, minutes), me);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel before the start; inside the cancellation window it counts as late")
    public SessionResponse cancel(@PathParam("id") UUID id, CancelRequest body) {
        List<FieldError> errors = new ArrayList<>();
        String reason = new RequestFields(errors).text("reason", body == null ? null : body.reason(), 500);
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        UUID me = currentUser.id();
        return SessionResponse.of(booking.cancel(me, id, reason), me);
    }

    @POST
    @Path("/{id}/no-show")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Report that the other side did not come (after the start plus a grace period)")
    public SessionResponse noShow(@PathParam("id") UUID id) {
        UUID me = currentUser.id();
        return SessionResponse.of(booking.reportNoShow(me, id), me);
    }

    @POST
    @Path("/{id}/call-token")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A token to join the session's voice/video room (from 10 minutes before the start)")
    public CallTokenResponse callToken(@PathParam("id") UUID id) {
        CallTokenIssuer.CallToken token = calls.tokenFor(currentUser.id(), id);
        return new CallTokenResponse(token.token(), token.roomName(), token.identity(), token.expiresAt());
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a completed session once: 1-5, a comment, and whether to meet again")
    public Response feedback(@PathParam("id") UUID id, FeedbackBody body) {
        if (body == null) {
            throw DomainException.validation("body", "is required");
        }
        FeedbackResponse view = FeedbackResponse.of(feedback.submit(currentUser.id(), id, body.toRequest()));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    private static String idempotencyKey(String header) {
        if (header == null) {
            return null;
        }
        String key = header.strip();
        if (key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw DomainException.validation("Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY
                    + " visible ASCII characters");
        }
        return key;
    }

    private static Set<SessionStatus> statuses(String csv, List<FieldError> errors) {
        Set<SessionStatus> statuses = EnumSet.noneOf(SessionStatus.class);
        if (csv == null || csv.isBlank()) {
            return statuses;
        }
        for (String part : csv.split(",")) {
            try {
                statuses.add(SessionStatus.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "unknown status '" + part.strip() + "'; one of "
                        + List.of(SessionStatus.values())));
            }
        }
        return statuses;
    }
}
