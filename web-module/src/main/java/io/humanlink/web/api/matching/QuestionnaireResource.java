package io.humanlink.web.api.matching;

import io.humanlink.matching.QuestionnaireDefinition;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The questionnaire definition, public so that a sign-up form can show it before there is an account. */
@Path("/questionnaire")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "questionnaire", description = "Personality questionnaire and one's own answers")
public class QuestionnaireResource {

    @Inject
    QuestionnaireDefinition questionnaire;

    @GET
    @Operation(summary = "The current questionnaire: version, items and scale, vocabularies (interests, languages, "
            + "communication styles, session types) and the rules for availability; answers must name its version")
    public String definition() {
        return questionnaire.asJson().toString();
    }
}
