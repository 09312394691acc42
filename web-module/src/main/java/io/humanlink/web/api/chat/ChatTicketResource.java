package io.humanlink.web.api.chat;

import io.humanlink.chat.ChatTickets;
import io.humanlink.identity.Role;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tickets for opening the chat socket from a browser, which cannot send the access token in a WebSocket handshake. */
@Path("/chat/tickets")
@RequestScoped
@RolesAllowed(Role.USER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "chat")
public class ChatTicketResource {

    @Inject
    ChatTickets tickets;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A single-use ticket for /ws/chat?ticket=..., valid for a few seconds")
    public Response issue() {
        ChatTickets.Issued issued = tickets.issue(currentUser.id());
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(new TicketResponse(issued.ticket(), issued.expiresAt())).build();
    }
}
