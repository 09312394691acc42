package io.humanlink.web.api.sessions;

import io.humanlink.identity.Role;
import io.humanlink.sessions.SurveyService;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Short surveys (NPS, how one felt after a session): read one, answer it once. */
@Path("/surveys")
@RequestScoped
@RolesAllowed(Role.USER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "surveys", description = "Short surveys and their summaries")
public class SurveyResource {

    @Inject
    SurveyService surveys;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/{key}")
    @Operation(summary = "A survey's current definition: version, title, questions (score with min and max, choice "
            + "with options, text with maxLength) and how often it may be answered (once per-user, with an optional "
            + "cooldown, or per-session); answers must name its version")
    public String definition(@PathParam("key") String key) {
        return surveys.definition(key).json().toString();
    }

    @POST
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a survey (201 with the stored response's id): invalid answers are refused naming "
            + "each item (answers.<id>, version, sessionId); answering again about the same subject, or within the "
            + "cooldown, is 409 survey-already-answered; a per-session survey needs a completed session of yours")
    public Response answer(@PathParam("key") String key, @NotNull @Valid SurveyAnswerRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(SurveyAnswerResponse.of(surveys.answer(currentUser.id(), key, body.toSubmission())))
                .build();
    }
}
