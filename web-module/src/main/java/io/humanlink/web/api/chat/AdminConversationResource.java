package io.humanlink.web.api.chat;

import io.humanlink.chat.ChatQueries;
import io.humanlink.identity.Role;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moderation: every version of a message, including edited-away and deleted text. Each reading is audited. */
@Path("/admin/conversations")
@RequestScoped
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminConversationResource {

    @Inject
    ChatQueries queries;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/{id}/messages/{seq}/versions")
    @Operation(summary = "All versions of a message, oldest first (managers and admins)")
    public MessageHistoryResponse versions(@PathParam("id") UUID id, @PathParam("seq") long seq) {
        return MessageHistoryResponse.of(queries.versions(currentUser.id(), id, seq));
    }
}
