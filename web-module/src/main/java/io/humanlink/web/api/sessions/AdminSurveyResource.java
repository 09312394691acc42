package io.humanlink.web.api.sessions;

import io.humanlink.identity.Role;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.sessions.SurveyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Survey figures for managers and admins; individual answers are never shown here. */
@Path("/admin/surveys")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminSurveyResource {

    @Inject
    SurveyService surveys;

    @GET
    @Path("/{key}/summary")
    @Operation(summary = "Figures of the survey's current version: responses, per question the count answered, "
            + "NPS (% promoters 9-10 minus % detractors 0-6) for 0-10 scores, average and distribution for scores, "
            + "counts per option for choices; from/to (ISO-8601 instants) limit it to responses created in [from, to)")
    public SurveySummaryResponse summary(@PathParam("key") String key, @QueryParam("from") String from,
                                         @QueryParam("to") String to) {
        List<FieldError> errors = new ArrayList<>();
        RequestFields fields = new RequestFields(errors);
        Instant fromInstant = fields.instant("from", from, false);
        Instant toInstant = fields.instant("to", to, false);
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        return SurveySummaryResponse.of(surveys.summary(key, fromInstant, toInstant));
    }
}
