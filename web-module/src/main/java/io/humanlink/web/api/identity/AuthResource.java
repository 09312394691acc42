package io.humanlink.web.api.identity;

import io.humanlink.identity.AccountService;
import io.humanlink.identity.AuthenticationService;
import io.humanlink.identity.ExternalSignInService;
import io.humanlink.identity.Role;
import io.humanlink.identity.SignupCommand;
import io.humanlink.identity.TokenService;
import io.humanlink.identity.User;
import io.humanlink.identity.XAuthorization;
import io.humanlink.web.platform.ClientAddress;
import io.humanlink.web.platform.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-up, sign-in (password, Google, X), token refresh and logout, email verification and password reset. */
@Path("/auth")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Accounts and tokens")
public class AuthResource {

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Inject
    TokenService tokens;

    @Inject
    ExternalSignInService external;

    @Inject
    ClientAddress clientAddress;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("/signup")
    @Operation(summary = "Create an account (role USER) and email a verification link")
    public Response signup(@NotNull @Valid SignupRequest body) {
        User user = accounts.signup(new SignupCommand(body.email(), body.password(), body.displayName(),
                body.timeZone(), body.locale(), body.termsVersion()));
        return Response.created(uriInfo.getBaseUriBuilder().path("users/{id}").build(user.getPublicId()))
                .entity(UserResponse.of(user)).build();
    }

    @POST
    @Path("/login")
    @Operation(summary = "Sign in with email and password")
    public TokenResponse login(@NotNull @Valid LoginRequest body) {
        return TokenResponse.of(authentication.login(body.email(), body.password(), clientAddress.value()));
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Trade a refresh token for a new pair (the old one is spent)")
    public TokenResponse refresh(@NotNull @Valid RefreshRequest body) {
        return TokenResponse.of(tokens.refresh(body.refreshToken()));
    }

    @POST
    @Path("/logout")
    @Operation(summary = "End the session the refresh token belongs to")
    public Response logout(@NotNull @Valid RefreshRequest body) {
        tokens.logout(body.refreshToken());
        return Response.noContent().build();
    }

    @GET
    @Path("/verify-email")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Follow the emailed verification link (following it again answers verified again)")
    public Map<String, String> verifyEmailLink(@QueryParam("token") String token) {
        accounts.verifyEmailLink(token);
        return Map.of("status", "verified");
    }

    @POST
    @Path("/verify-email")
    @Operation(summary = "Verify the email with the token from the link")
    public Response verifyEmail(@NotNull @Valid TokenRequest body) {
        accounts.verifyEmail(body.token());
        return Response.noContent().build();
    }

    @POST
    @Path("/verify-email/resend")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.USER_NAME)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Send a new verification link to the signed-in account")
    public Response resendVerification() {
        accounts.resendVerification(currentUser.id());
        return Response.accepted().build();
    }

    @POST
    @Path("/password-reset")
    @Operation(summary = "Email a password-reset link (always 202, known email or not)")
    public Response requestPasswordReset(@NotNull @Valid PasswordResetRequest body) {
        accounts.requestPasswordReset(body.email());
        return Response.accepted().build();
    }

    @POST
    @Path("/password-reset/confirm")
    @Operation(summary = "Set a new password with the emailed token; ends every session")
    public Response confirmPasswordReset(@NotNull @Valid PasswordResetConfirmation body) {
        accounts.confirmPasswordReset(body.token(), body.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("/google")
    @Operation(summary = "Sign in (or sign up) with a Google ID token")
    public TokenResponse google(@NotNull @Valid GoogleSignInRequest body) {
        return TokenResponse.of(external.signInWithGoogle(body.idToken(), body.termsVersion()));
    }

    @GET
    @Path("/x/authorize")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start signing in with X: where to send the browser, and a binding secret to keep for the"
            + " callback")
    public XAuthorizationResponse xAuthorize() {
        XAuthorization authorization = external.startXSignIn();
        return new XAuthorizationResponse(authorization.authorizationUrl(), authorization.state(),
                authorization.binding());
    }

    @POST
    @Path("/x/callback")
    @Operation(summary = "Finish signing in with X with the code and state X returned and the binding from authorize")
    public TokenResponse xCallback(@NotNull @Valid XCallbackRequest body) {
        return TokenResponse.of(external.completeXSignIn(body.code(), body.state(), body.binding(),
                body.termsVersion()));
    }
}
