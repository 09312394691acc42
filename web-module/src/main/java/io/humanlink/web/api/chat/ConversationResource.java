package io.humanlink.web.api.chat;

import io.humanlink.chat.ChatQueries;
import io.humanlink.chat.ChatService;
import io.humanlink.identity.Role;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.platform.Page;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * My conversations and their history; editing and deleting my own messages (members see the latest version, the
 * earlier ones are kept for moderation). Only members reach a conversation: anyone else gets 404, as for one that does
 * not exist. Live delivery is the WebSocket's (/ws/chat); edits and deletions made here reach it too.
 */
@Path("/conversations")
@RequestScoped
@RolesAllowed(Role.USER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "chat")
public class ConversationResource {

    @Inject
    ChatQueries queries;

    @Inject
    ChatService chat;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "My conversations, latest activity first, with unread counts and read markers")
    public Page<ConversationResponse> mine(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<ChatQueries.ConversationSummary> page = queries.conversationsOf(currentUser.id(), limit(limit), cursor);
        return new Page<>(page.items().stream().map(ConversationResponse::of).toList(), page.nextCursor());
    }

    @GET
    @Path("/{id}/messages")
    @Operation(summary = "A page of messages before a seq (default: the latest), newest first;"
            + " nextCursor is the next page's before")
    public Page<MessageResponse> messages(@PathParam("id") UUID id,
                                          @Parameter(description = "only messages with a lower seq")
                                          @QueryParam("before") String before,
                                          @QueryParam("limit") String limit) {
        List<FieldError> errors = new ArrayList<>();
        Long beforeSeq = positive("before", before, errors);
        int size = 0;
        try {
            size = limit(limit);
        } catch (DomainException e) {
            errors.addAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        Page<io.humanlink.chat.ChatMessage> page = queries.history(currentUser.id(), id, beforeSeq, size);
        return new Page<>(page.items().stream().map(MessageResponse::of).toList(), page.nextCursor());
    }

    @PATCH
    @Path("/{id}/messages/{seq}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit my message (the previous text is kept for moderation)")
    public MessageResponse edit(@PathParam("id") UUID id, @PathParam("seq") long seq, EditMessageRequest body) {
        if (body == null || body.body() == null) {
            throw DomainException.validation("body", "is required");
        }
        return MessageResponse.of(chat.edit(currentUser.id(), id, seq, body.body()));
    }

    @DELETE
    @Path("/{id}/messages/{seq}")
    @Operation(summary = "Delete my message for everyone (its text is kept for moderation)")
    public MessageResponse delete(@PathParam("id") UUID id, @PathParam("seq") long seq) {
        return MessageResponse.of(chat.delete(currentUser.id(), id, seq));
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return ChatQueries.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= ChatQueries.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the same answer as out of range
        }
        throw DomainException.validation("limit", "must be between 1 and " + ChatQueries.MAX_LIMIT);
    }

    private static Long positive(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // the same answer as below 1
        }
        errors.add(new FieldError(field, "must be a whole number, 1 or more"));
        return null;
    }
}
