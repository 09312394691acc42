package io.humanlink.web.api.identity;

import static io.humanlink.web.platform.Accounts.PASSWORD;
import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.humanlink.client.ApiProblemException;
import io.humanlink.client.HumanLinkClient;
import io.humanlink.client.TokenPair;
import io.humanlink.client.UserView;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.Mailbox;
import io.humanlink.web.platform.RawHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sign-up, email verification, sign-in, refresh-token rotation and logout, end to end. */
@HumanLinkIT
class AuthFlowIT {

    private final AppUnderTest app;
    private final HumanLinkClient client;
    private final Accounts accounts;

    AuthFlowIT(AppUnderTest app) {
        this.app = app;
        this.client = app.client();
        this.accounts = new Accounts(app);
    }

    @Test
    void signupAnswersCreatedWithTheNewUserAndItsLocation() {
        String email = Accounts.uniqueEmail();

        HttpResponse<String> response = app.http().postJson("/api/v1/auth/signup", """
                {"email":"%s","password":"%s","displayName":"Ana Lima","timeZone":"Europe/Lisbon",
                 "termsVersion":"%s"}""".formatted(email, PASSWORD, Accounts.TERMS_VERSION));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject body = RawHttp.json(response);
        String id = body.getString("id");
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(body.getString("email")).isEqualTo(email);
        assertThat(body.getString("displayName")).isEqualTo("Ana Lima");
        assertThat(body.getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("USER");
        assertThat(body.getBoolean("emailVerified")).isFalse();
        assertThat(body.getString("timeZone")).isEqualTo("Europe/Lisbon");
        assertThat(body.getString("status")).isEqualTo("ACTIVE");
        assertThat(body.containsKey("locale")).isTrue();
        assertThat(body.containsKey("bio")).isTrue();
        assertThat(body.containsKey("password")).isFalse();
        assertThat(Instant.parse(body.getString("createdAt"))).isBetween(Instant.now().minusSeconds(300),
                Instant.now().plusSeconds(300));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/" + id));
    }

    @Test
    void signupMailsALinkThatVerifiesTheEmail() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);

        HttpResponse<String> verified = app.http().get(accounts.verificationLink(email));

        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(RawHttp.json(verified).getString("status")).isEqualTo("verified");
        TokenPair tokens = client.login(email, PASSWORD);
        assertThat(client.me(tokens.accessToken()).emailVerified()).isTrue();
    }

    @Test
    void followingTheVerificationLinkAgainAnswersVerifiedAgain() {
        // Mail scanners and link previews fetch the link before the person clicks it.
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);
        String link = accounts.verificationLink(email);
        assertThat(app.http().get(link).statusCode()).isEqualTo(200);

        HttpResponse<String> again = app.http().get(link);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(RawHttp.json(again).getString("status")).isEqualTo("verified");
    }

    @Test
    void usedVerificationTokenCannotBePostedAgain() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);
        String token = accounts.verificationToken(email);
        assertThat(app.http().get(accounts.verificationLink(email)).statusCode()).isEqualTo(200);

        assertProblem(() -> client.verifyEmail(token), 400, "invalid-token");
    }

    @Test
    void supersededVerificationLinkOfAnUnverifiedAccountStaysInvalid() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        String first = accounts.verificationLink(user.email());
        client.resendVerificationEmail(user.accessToken());
        app.mailbox().awaitLinks(user.email(), app.baseUri() + "/api/v1/auth/verify-email?token=", 2,
                Accounts.MAIL_TIMEOUT);

        assertProblem(app.http().get(first), 400, "invalid-token");
    }

    @Test
    void postedVerificationTokenVerifiesTheEmail() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);

        client.verifyEmail(accounts.verificationToken(email));

        assertThat(client.me(client.login(email, PASSWORD).accessToken()).emailVerified()).isTrue();
    }

    @Test
    void unknownVerificationTokenIsRejected() {
        assertProblem(() -> client.verifyEmail("not-a-token-" + UUID.randomUUID()), 400, "invalid-token");
    }

    @Test
    void resendMailsAFreshVerificationLinkThatWorks() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        accounts.verificationLink(user.email());

        client.resendVerificationEmail(user.accessToken());

        List<String> links = app.mailbox().awaitLinks(user.email(),
                app.baseUri() + "/api/v1/auth/verify-email?token=", 2, Accounts.MAIL_TIMEOUT);
        client.verifyEmail(Mailbox.queryParameter(links.getLast(), "token"));
        assertThat(client.me(user.accessToken()).emailVerified()).isTrue();
    }

    @Test
    void loginWorksBeforeTheEmailIsVerified() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);

        TokenPair tokens = client.login(email, PASSWORD);

        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.expiresIn()).isBetween(1L, 900L);
        assertThat(tokens.refreshToken()).isNotBlank();
        UserView me = client.me(tokens.accessToken());
        assertThat(me.email()).isEqualTo(email);
        assertThat(me.emailVerified()).isFalse();
    }

    @Test
    void accessTokenCarriesTheAgreedClaims() throws ParseException {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        SignedJWT jwt = SignedJWT.parse(user.accessToken());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();

        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(claims.getIssuer()).isEqualTo("https://humanlink.io");
        assertThat(claims.getAudience()).contains("humanlink-api");
        assertThat(claims.getSubject()).isEqualTo(user.id());
        assertThat(claims.getStringClaim("upn")).isEqualTo(user.id());
        assertThat(claims.getStringListClaim("groups")).containsExactly("USER");
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now())
                .isBeforeOrEqualTo(Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(5));
    }

    @Test
    void emailIsTakenWhateverItsCaseAndSurroundingSpaces() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);

        assertProblem(() -> client.signup(Accounts.signupRequest("  " + email.toUpperCase(Locale.ROOT) + " ")),
                409, "email-taken");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);

        ApiProblemException wrongPassword = assertProblem(() -> client.login(email, "Not-The-Password-1"), 401,
                "invalid-credentials");
        ApiProblemException unknownEmail = assertProblem(() -> client.login(Accounts.uniqueEmail(), PASSWORD), 401,
                "invalid-credentials");

        assertThat(unknownEmail.problem().title()).isEqualTo(wrongPassword.problem().title());
        assertThat(unknownEmail.problem().detail()).isEqualTo(wrongPassword.problem().detail());
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        TokenPair refreshed = client.refresh(user.refreshToken());

        assertThat(refreshed.tokenType()).isEqualTo("Bearer");
        assertThat(refreshed.refreshToken()).isNotBlank().isNotEqualTo(user.refreshToken());
        assertThat(client.me(refreshed.accessToken()).id()).isEqualTo(user.id());
        assertThat(client.refresh(refreshed.refreshToken()).refreshToken()).isNotEqualTo(refreshed.refreshToken());
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        TokenPair otherDevice = client.login(user.email(), PASSWORD);
        TokenPair rotated = client.refresh(user.refreshToken());

        assertProblem(() -> client.refresh(user.refreshToken()), 401, "invalid-refresh-token");

        assertProblem(() -> client.refresh(rotated.refreshToken()), 401, "invalid-refresh-token");
        assertThat(client.refresh(otherDevice.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void unknownRefreshTokenIsRejected() {
        assertProblem(() -> client.refresh("unknown-" + UUID.randomUUID()), 401, "invalid-refresh-token");
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        client.logout(user.refreshToken());

        assertProblem(() -> client.refresh(user.refreshToken()), 401, "invalid-refresh-token");
    }
}
