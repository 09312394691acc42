package io.humanlink.web.api.identity;

import static io.humanlink.web.platform.Problems.assertProblem;
import static io.humanlink.web.platform.Problems.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.ApiProblemException;
import io.humanlink.client.HumanLinkClient;
import io.humanlink.client.Page;
import io.humanlink.client.UserView;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * User administration: searching, roles (ADMIN only), suspension; and who may not do any of it. Role changes and
 * suspension end the access tokens issued before them.
 */
@HumanLinkIT
class AdminUsersIT {

    private final HumanLinkClient client;
    private final Accounts accounts;

    AdminUsersIT(AppUnderTest app) {
        this.client = app.client();
        this.accounts = new Accounts(app);
    }

    @Test
    void adminAndManagerFindAUserByEmail() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        for (String staffToken : List.of(accounts.adminToken(), accounts.managerToken())) {
            Page<UserView> found = client.users(staffToken, user.email(), null, null);

            assertThat(found.items()).extracting(UserView::id).containsExactly(user.id());
            assertThat(found.items().getFirst().email()).isEqualTo(user.email());
        }
    }

    @Test
    void userListPagesWithACursor() {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(accounts.signUp("u-" + marker + "-" + i + "@example.test").id());
        }
        String admin = accounts.adminToken();

        Page<UserView> first = client.users(admin, "u-" + marker, 2, null);
        Page<UserView> second = client.users(admin, "u-" + marker, 2, first.nextCursor());

        assertThat(first.items()).hasSize(2);
        assertThat(first.nextCursor()).isNotNull();
        assertThat(second.items()).hasSize(1);
        assertThat(second.nextCursor()).isNull();
        List<String> listed = new ArrayList<>();
        first.items().forEach(user -> listed.add(user.id()));
        second.items().forEach(user -> listed.add(user.id()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void adminSetsRoles() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        UserView updated = client.setRoles(accounts.adminToken(), user.id(), List.of("USER", "MANAGER"));

        assertThat(updated.roles()).containsExactlyInAnyOrder("USER", "MANAGER");
        String managerToken = client.refresh(user.refreshToken()).accessToken();
        assertThat(client.me(managerToken).roles()).containsExactlyInAnyOrder("USER", "MANAGER");
        assertThat(client.users(managerToken, user.email(), null, null).items()).hasSize(1);
    }

    @Test
    void roleChangeRevokesAccessTokensIssuedBeforeIt() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        String admin = accounts.adminToken();
        WholeSeconds.startNext();

        client.setRoles(admin, user.id(), List.of("USER", "MANAGER"));

        assertProblem(() -> client.me(user.accessToken()), 401, "token-revoked");
        String fresh = client.login(user.email(), user.password()).accessToken();
        assertThat(client.me(fresh).roles()).containsExactlyInAnyOrder("USER", "MANAGER");
    }

    @Test
    void settingTheSameRolesAgainKeepsTokensWorking() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        String admin = accounts.adminToken();
        WholeSeconds.startNext();

        client.setRoles(admin, user.id(), List.of("USER"));

        assertThat(client.me(user.accessToken()).roles()).containsExactly("USER");
    }

    @Test
    void searchMatchesPercentAndUnderscoreLiterally() {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String underscored = accounts.signUp("u-" + marker + "_x@example.test").id();
        accounts.signUp("u-" + marker + "ax@example.test");
        String admin = accounts.adminToken();

        assertThat(client.users(admin, marker + "_x", null, null).items()).extracting(UserView::id)
                .containsExactly(underscored);
        assertThat(client.users(admin, marker + "%", null, null).items()).isEmpty();
    }

    @Test
    void managerCannotChangeRoles() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        assertProblem(() -> client.setRoles(accounts.managerToken(), user.id(), List.of("USER", "ADMIN")), 403,
                "forbidden");
        assertThat(client.me(user.accessToken()).roles()).containsExactly("USER");
    }

    @Test
    void unknownRoleIsRejected() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        ApiProblemException problem = thrownBy(
                () -> client.setRoles(accounts.adminToken(), user.id(), List.of("USER", "KING")));

        assertThat(problem.status()).as(problem.getMessage()).isEqualTo(400);
        assertThat(problem.slug()).as(problem.getMessage()).isIn("validation", "malformed-request");
        assertThat(client.me(user.accessToken()).roles()).containsExactly("USER");
    }

    @Test
    void suspensionStopsLoginAndRefreshUntilReactivated() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        String admin = accounts.adminToken();
        WholeSeconds.startNext();

        UserView suspended = client.suspendUser(admin, user.id(), "Abusive messages");

        assertThat(suspended.status()).isEqualTo("SUSPENDED");
        ApiProblemException refresh = thrownBy(() -> client.refresh(user.refreshToken()));
        assertThat(refresh.status()).as(refresh.getMessage()).isIn(401, 403);
        assertProblem(() -> client.login(user.email(), user.password()), 403, "account-suspended");
        assertProblem(() -> client.me(user.accessToken()), 403, "account-suspended");

        UserView reactivated = client.reactivateUser(admin, user.id());

        assertThat(reactivated.status()).isEqualTo("ACTIVE");
        assertProblem(() -> client.me(user.accessToken()), 401, "token-revoked");
        assertThat(client.me(client.login(user.email(), user.password()).accessToken()).status())
                .isEqualTo("ACTIVE");
    }

    @Test
    void managerCannotSuspend() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        assertProblem(() -> client.suspendUser(accounts.managerToken(), user.id(), "No"), 403, "forbidden");
    }

    @Test
    void plainUserCannotAdministerUsers() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        Accounts.SignedIn other = accounts.signUpAndLogIn();

        assertProblem(() -> client.users(user.accessToken(), null, null, null), 403, "forbidden");
        assertProblem(() -> client.setRoles(user.accessToken(), user.id(), List.of("USER", "ADMIN")), 403,
                "forbidden");
        assertProblem(() -> client.suspendUser(user.accessToken(), other.id(), "Because"), 403, "forbidden");
        assertThat(client.me(user.accessToken()).roles()).containsExactly("USER");
    }

    @Test
    void anonymousCannotAdministerUsers() {
        assertProblem(() -> client.users(null, null, null, null), 401, "unauthorized");
        assertProblem(() -> client.reactivateUser(null, UUID.randomUUID().toString()), 401, "unauthorized");
    }

    @Test
    void unknownUserIsNotFound() {
        assertProblem(() -> client.suspendUser(accounts.adminToken(), UUID.randomUUID().toString(), "Gone"), 404,
                "not-found");
    }
}
