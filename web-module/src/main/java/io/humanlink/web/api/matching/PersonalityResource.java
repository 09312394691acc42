package io.humanlink.web.api.matching;

import io.humanlink.identity.Role;
import io.humanlink.matching.PersonalityService;
import io.humanlink.platform.DomainException;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One's own questionnaire answers and traits; there is no way to read or write anyone else's. */
@Path("/users/me/personality")
@RequestScoped
@RolesAllowed(Role.USER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "questionnaire")
public class PersonalityResource {

    @Inject
    PersonalityService personality;

    @Inject
    CurrentUser currentUser;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the current questionnaire (again): computes the traits, replaces earlier answers "
            + "and proposes matches; invalid answers change nothing and each offending item is named")
    public PersonalityResponse save(@NotNull @Valid PersonalityRequest body) {
        return PersonalityResponse.of(personality.save(currentUser.id(), body.toAnswers()));
    }

    @GET
    @Operation(summary = "My answers and traits (404 until the questionnaire is answered)")
    public PersonalityResponse mine() {
        return personality.find(currentUser.id()).map(PersonalityResponse::of)
                .orElseThrow(() -> DomainException.notFound("Your personality profile"));
    }
}
