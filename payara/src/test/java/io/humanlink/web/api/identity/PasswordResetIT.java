package io.humanlink.web.api.identity;

import static io.humanlink.web.platform.Accounts.PASSWORD;
import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.HumanLinkClient;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.Mailbox;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Forgotten password: a mailed, single-use link sets a new password and signs every device out (refresh tokens and
 * the access tokens issued before the reset).
 */
@HumanLinkIT
class PasswordResetIT {

    private static final String NEW_PASSWORD = "Copper-Meadow-5127";

    private final AppUnderTest app;
    private final HumanLinkClient client;
    private final Accounts accounts;

    PasswordResetIT(AppUnderTest app) {
        this.app = app;
        this.client = app.client();
        this.accounts = new Accounts(app);
    }

    @Test
    void mailedLinkSetsANewPasswordAndTheOldOneStopsWorking() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        client.requestPasswordReset(user.email());
        client.confirmPasswordReset(resetToken(user.email()), NEW_PASSWORD);

        assertProblem(() -> client.login(user.email(), PASSWORD), 401, "invalid-credentials");
        assertThat(client.me(client.login(user.email(), NEW_PASSWORD).accessToken()).id()).isEqualTo(user.id());
    }

    @Test
    void resetRevokesEveryRefreshTokenOfTheUser() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        String secondDevice = client.login(user.email(), PASSWORD).refreshToken();

        client.requestPasswordReset(user.email());
        client.confirmPasswordReset(resetToken(user.email()), NEW_PASSWORD);

        assertProblem(() -> client.refresh(user.refreshToken()), 401, "invalid-refresh-token");
        assertProblem(() -> client.refresh(secondDevice), 401, "invalid-refresh-token");
    }

    @Test
    void resetRevokesAccessTokensIssuedBeforeItAndANewSignInWorksAtOnce() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        WholeSeconds.startNext();

        client.requestPasswordReset(user.email());
        client.confirmPasswordReset(resetToken(user.email()), NEW_PASSWORD);

        assertProblem(() -> client.me(user.accessToken()), 401, "token-revoked");
        String fresh = client.login(user.email(), NEW_PASSWORD).accessToken();
        assertThat(client.me(fresh).id()).isEqualTo(user.id());
    }

    @Test
    void repeatedRequestsWithinAMinuteSendOneMailWhoseLinkStaysValid() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        Accounts.SignedIn marker = accounts.signUpAndLogIn();

        client.requestPasswordReset(user.email());
        client.requestPasswordReset(user.email());
        client.requestPasswordReset(user.email());
        String token = resetToken(user.email());
        // Mail for a later request has arrived, so mail for the earlier ones would have too.
        client.requestPasswordReset(marker.email());
        resetToken(marker.email());

        assertThat(app.mailbox().linksTo(user.email(), app.baseUri() + "/reset-password?token=")).hasSize(1);
        client.confirmPasswordReset(token, NEW_PASSWORD);
        assertThat(client.login(user.email(), NEW_PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void parallelUsesOfOneResetLinkSucceedExactlyOnce() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        client.requestPasswordReset(user.email());
        String token = resetToken(user.email());

        List<Parallel.Answer> answers = Parallel.run(8,
                i -> client.confirmPasswordReset(token, NEW_PASSWORD + "-" + i));

        assertThat(answers).filteredOn(a -> a.is(200, null)).hasSize(1);
        assertThat(answers).filteredOn(a -> !a.is(200, null)).allMatch(a -> a.is(400, "invalid-token"),
                "400 invalid-token");
    }

    @Test
    void resetTokenWorksOnlyOnce() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        client.requestPasswordReset(user.email());
        String token = resetToken(user.email());
        client.confirmPasswordReset(token, NEW_PASSWORD);

        assertProblem(() -> client.confirmPasswordReset(token, "Another-Secret-9071"), 400, "invalid-token");
        assertThat(client.login(user.email(), NEW_PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void unknownResetTokenIsRejected() {
        assertProblem(() -> client.confirmPasswordReset("unknown-" + UUID.randomUUID(), NEW_PASSWORD), 400,
                "invalid-token");
    }

    @Test
    void weakNewPasswordIsRejectedAndTheTokenStaysUsable() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        client.requestPasswordReset(user.email());
        String token = resetToken(user.email());

        var problem = assertProblem(() -> client.confirmPasswordReset(token, "password123"), 400, "validation");

        assertThat(problem.problem().fields()).contains("newPassword");
        client.confirmPasswordReset(token, NEW_PASSWORD);
        assertThat(client.login(user.email(), NEW_PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void unknownEmailIsAcceptedButGetsNoMail() {
        String unknown = Accounts.uniqueEmail();
        Accounts.SignedIn known = accounts.signUpAndLogIn();

        client.requestPasswordReset(unknown);
        client.requestPasswordReset(known.email());

        // the mail for the later request has arrived, so one for the earlier request would have too
        resetToken(known.email());
        assertThat(app.mailbox().messagesTo(unknown)).isEmpty();
    }

    private String resetToken(String email) {
        String link = app.awaitLink(email, app.baseUri() + "/reset-password?token=", Accounts.MAIL_TIMEOUT);
        return Mailbox.queryParameter(link, "token");
    }
}
