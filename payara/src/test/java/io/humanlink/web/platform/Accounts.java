package io.humanlink.web.platform;

import io.humanlink.client.HumanLinkClient;
import io.humanlink.client.SignupRequest;
import io.humanlink.client.TokenPair;
import io.humanlink.client.UserView;
import java.time.Duration;
import java.util.UUID;

/** Makes the accounts tests need: fresh, unique ones, and sign-ins as the demo staff the app seeds. */
public final class Accounts {

    /** The terms version the server currently requires at sign-up. */
    public static final String TERMS_VERSION = "2026-01";
    /** Good enough for every password rule, and free of any test email's local part. */
    public static final String PASSWORD = "Violet-Lantern-8841";
    public static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);

    public static final Credentials ADMIN = new Credentials("admin@humanlink.dev", "HumanLink-admin-2026");
    public static final Credentials MANAGER = new Credentials("manager@humanlink.dev", "HumanLink-manager-2026");

    public record Credentials(String email, String password) {
    }

    /** A signed-up account and the tokens of one sign-in. */
    public record SignedIn(String email, String password, UserView user, TokenPair tokens) {
        public String accessToken() {
            return tokens.accessToken();
        }

        public String refreshToken() {
            return tokens.refreshToken();
        }

        public String id() {
            return user.id();
        }
    }

    private final AppUnderTest app;
    private final HumanLinkClient client;

    public Accounts(AppUnderTest app) {
        this.app = app;
        this.client = app.client();
    }

    /** {@code u-<uuid>@example.test}: unique, so no test sees another's account. */
    public static String uniqueEmail() {
        return "u-" + UUID.randomUUID() + "@example.test";
    }

    public static SignupRequest signupRequest(String email) {
        return new SignupRequest(email, PASSWORD, "Test User", "Europe/Lisbon", TERMS_VERSION);
    }

    public UserView signUp(String email) {
        return client.signup(signupRequest(email));
    }

    public SignedIn signUpAndLogIn() {
        String email = uniqueEmail();
        UserView user = signUp(email);
        return new SignedIn(email, PASSWORD, user, client.login(email, PASSWORD));
    }

    /** Signs up, follows the mailed verification link, then signs in (so the token is issued to a verified user). */
    public SignedIn signUpVerifiedAndLogIn() {
        String email = uniqueEmail();
        signUp(email);
        client.verifyEmail(verificationToken(email));
        TokenPair tokens = client.login(email, PASSWORD);
        return new SignedIn(email, PASSWORD, client.me(tokens.accessToken()), tokens);
    }

    /** The {@code verify-email} link most recently mailed to {@code email}. */
    public String verificationLink(String email) {
        return app.awaitLink(email, app.baseUri() + "/api/v1/auth/verify-email?token=", MAIL_TIMEOUT);
    }

    public String verificationToken(String email) {
        return Mailbox.queryParameter(verificationLink(email), "token");
    }

    public TokenPair logInAs(Credentials credentials) {
        return client.login(credentials.email(), credentials.password());
    }

    public String adminToken() {
        return logInAs(ADMIN).accessToken();
    }

    public String managerToken() {
        return logInAs(MANAGER).accessToken();
    }
}
