package io.humanlink.web.api.identity;

import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.HumanLinkClient;
import io.humanlink.client.PublicUserView;
import io.humanlink.client.UserPatch;
import io.humanlink.client.UserView;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.RawHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /users/me} and {@code /users/{id}}: what users see of themselves and of others, and what they may change. */
@HumanLinkIT
class MyAccountIT {

    private final AppUnderTest app;
    private final HumanLinkClient client;
    private final Accounts accounts;

    MyAccountIT(AppUnderTest app) {
        this.app = app;
        this.client = app.client();
        this.accounts = new Accounts(app);
    }

    @Test
    void meShowsTheSignedInAccount() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        UserView me = client.me(user.accessToken());

        assertThat(me.id()).isEqualTo(user.id());
        assertThat(me.email()).isEqualTo(user.email());
        assertThat(me.displayName()).isEqualTo("Test User");
        assertThat(me.roles()).containsExactly("USER");
        assertThat(me.timeZone()).isEqualTo("Europe/Lisbon");
        assertThat(me.status()).isEqualTo("ACTIVE");
        assertThat(me.createdAt()).isEqualTo(user.user().createdAt());
    }

    @Test
    void meWithoutATokenIsAnUnauthorizedProblem() {
        assertProblem(app.http().get("/api/v1/users/me"), 401, "unauthorized");
    }

    @Test
    void patchChangesTheGivenFields() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        UserView updated = client.updateMe(user.accessToken(),
                new UserPatch("Renamed", "America/New_York", "en-US", "I like long walks."));

        assertThat(updated.displayName()).isEqualTo("Renamed");
        assertThat(updated.timeZone()).isEqualTo("America/New_York");
        assertThat(updated.locale()).isEqualTo("en-US");
        assertThat(updated.bio()).isEqualTo("I like long walks.");
        assertThat(client.me(user.accessToken())).isEqualTo(updated);
    }

    @Test
    void patchLeavesOmittedFieldsAlone() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        UserView before = client.me(user.accessToken());

        UserView updated = client.updateMe(user.accessToken(), UserPatch.bio("Only the bio changes."));

        assertThat(updated.bio()).isEqualTo("Only the bio changes.");
        assertThat(updated.displayName()).isEqualTo(before.displayName());
        assertThat(updated.timeZone()).isEqualTo(before.timeZone());
        assertThat(updated.locale()).isEqualTo(before.locale());
    }

    @Test
    void patchRejectsAnUnknownTimeZone() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        var problem = assertProblem(() -> client.updateMe(user.accessToken(), UserPatch.timeZone("Mars/Olympus_Mons")),
                400, "validation");

        assertThat(problem.problem().fields()).contains("timeZone");
        assertThat(client.me(user.accessToken()).timeZone()).isEqualTo("Europe/Lisbon");
    }

    @Test
    void bioMayHave2000CharactersButNotMore() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        assertThat(client.updateMe(user.accessToken(), UserPatch.bio("b".repeat(2000))).bio()).hasSize(2000);
        var problem = assertProblem(() -> client.updateMe(user.accessToken(), UserPatch.bio("b".repeat(2001))), 400,
                "validation");
        assertThat(problem.problem().fields()).contains("bio");
    }

    @Test
    void anotherUsersPublicViewHasNoEmail() {
        Accounts.SignedIn viewer = accounts.signUpAndLogIn();
        Accounts.SignedIn other = accounts.signUpAndLogIn();
        client.updateMe(other.accessToken(), UserPatch.bio("Hello there"));

        HttpResponse<String> response = app.http().get("/api/v1/users/" + other.id(),
                "Authorization", "Bearer " + viewer.accessToken());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject body = RawHttp.json(response);
        assertThat(body.keySet()).doesNotContain("email", "status", "emailVerified", "timeZone", "locale");
        PublicUserView view = client.user(viewer.accessToken(), other.id());
        assertThat(view).isEqualTo(new PublicUserView(other.id(), "Test User", "Hello there",
                Set.of("USER")));
    }

    @Test
    void parallelEditsOfOneProfileAreSavedOrToldToRetryNeverFailed() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        List<Parallel.Answer> answers = Parallel.run(12,
                i -> client.updateMe(user.accessToken(), UserPatch.bio("Edit number " + i)));

        // Two edits of one row at once: one saves, the other lost its optimistic lock and may retry (409).
        assertThat(answers).allMatch(a -> a.is(200, null) || a.is(409, "conflict"), "200 or 409 conflict");
        assertThat(answers).anyMatch(a -> a.is(200, null));
        assertThat(client.me(user.accessToken()).bio()).startsWith("Edit number ");
    }

    @Test
    void suspendedMemberIsNotFound() {
        Accounts.SignedIn viewer = accounts.signUpAndLogIn();
        Accounts.SignedIn other = accounts.signUpAndLogIn();
        client.suspendUser(accounts.adminToken(), other.id(), "Spam");

        assertProblem(() -> client.user(viewer.accessToken(), other.id()), 404, "not-found");
    }

    @Test
    void patchStoresTheLocaleInItsCanonicalSpelling() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        UserView updated = client.updateMe(user.accessToken(), new UserPatch(null, null, "de-at", null));

        assertThat(updated.locale()).isEqualTo("de-AT");
    }

    @Test
    void unknownUserIsNotFound() {
        Accounts.SignedIn viewer = accounts.signUpAndLogIn();

        assertProblem(() -> client.user(viewer.accessToken(), UUID.randomUUID().toString()), 404, "not-found");
    }
}
