package io.humanlink.web.api.identity;

import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.nimbusds.jwt.SignedJWT;
import io.humanlink.client.FriendApplication;
import io.humanlink.client.HumanLinkClient;
import io.humanlink.client.Page;
import io.humanlink.client.TokenPair;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Becoming a Friend: a verified user applies, staff (ADMIN or MANAGER) approve or reject, approval adds the role. */
@HumanLinkIT
class FriendApplicationIT {

    private static final String MOTIVATION = "I volunteer at a helpline and enjoy long, kind conversations.";
    private static final int MAX_PAGES = 500;

    private final HumanLinkClient client;
    private final Accounts accounts;

    FriendApplicationIT(AppUnderTest app) {
        this.client = app.client();
        this.accounts = new Accounts(app);
    }

    @Test
    void verifiedUserAppliesAndSeesTheirPendingApplication() {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();

        FriendApplication application = client.applyAsFriend(user.accessToken(), MOTIVATION);

        assertThat(application.id()).isNotBlank();
        assertThat(application.status()).isEqualTo("PENDING");
        assertThat(application.motivation()).isEqualTo(MOTIVATION);
        assertThat(application.createdAt()).isNotNull();
        assertThat(application.decidedAt()).isNull();
        Page<FriendApplication> mine = client.myFriendApplications(user.accessToken());
        assertThat(mine.items()).extracting(FriendApplication::id).containsExactly(application.id());
        assertThat(mine.nextCursor()).isNull();
    }

    @Test
    void unverifiedUserCannotApply() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        assertProblem(() -> client.applyAsFriend(user.accessToken(), MOTIVATION), 403, "email-not-verified");
    }

    @Test
    void secondPendingApplicationIsAConflict() {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();
        client.applyAsFriend(user.accessToken(), MOTIVATION);

        assertProblem(() -> client.applyAsFriend(user.accessToken(), MOTIVATION + " Again."), 409,
                "application-pending");
    }

    @Test
    void motivationNeedsTwentyToTwoThousandCharacters() {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();

        var tooShort = assertProblem(() -> client.applyAsFriend(user.accessToken(), "x".repeat(19)), 400,
                "validation");
        var tooLong = assertProblem(() -> client.applyAsFriend(user.accessToken(), "x".repeat(2001)), 400,
                "validation");

        assertThat(tooShort.problem().fields()).contains("motivation");
        assertThat(tooLong.problem().fields()).contains("motivation");
        assertThat(client.applyAsFriend(user.accessToken(), "x".repeat(20)).status()).isEqualTo("PENDING");
    }

    @Test
    void staffSeePendingApplicationsWithTheApplicant() {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();
        FriendApplication application = client.applyAsFriend(user.accessToken(), MOTIVATION);

        for (String staffToken : List.of(accounts.adminToken(), accounts.managerToken())) {
            FriendApplication listed = findPending(staffToken, application.id());

            assertThat(listed.applicantId()).isEqualTo(user.id());
            assertThat(listed.applicantName()).isEqualTo(user.user().displayName());
            assertThat(listed.status()).isEqualTo("PENDING");
            assertThat(listed.motivation()).isEqualTo(MOTIVATION);
        }
    }

    @Test
    void pendingListPagesThroughEveryApplicationOnce() {
        String first = client.applyAsFriend(accounts.signUpVerifiedAndLogIn().accessToken(), MOTIVATION).id();
        String second = client.applyAsFriend(accounts.signUpVerifiedAndLogIn().accessToken(), MOTIVATION).id();
        String admin = accounts.adminToken();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<FriendApplication> items = client.friendApplications(admin, "PENDING", 1, cursor);
            assertThat(items.items()).hasSizeLessThanOrEqualTo(1);
            items.items().forEach(item -> seen.add(item.id()));
            cursor = items.nextCursor();
            if (cursor == null) {
                break;
            }
        }

        assertThat(cursor).as("the listing ended").isNull();
        assertThat(seen).contains(first, second).doesNotHaveDuplicates();
    }

    @Test
    void approvalMakesTheApplicantAFriend() throws ParseException {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();
        FriendApplication application = client.applyAsFriend(user.accessToken(), MOTIVATION);

        FriendApplication approved = client.approveFriendApplication(accounts.adminToken(), application.id());

        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.decidedAt()).isNotNull();
        assertThat(client.me(user.accessToken()).roles()).containsExactlyInAnyOrder("USER", "FRIEND");
        TokenPair refreshed = client.refresh(user.refreshToken());
        assertThat(SignedJWT.parse(refreshed.accessToken()).getJWTClaimsSet().getStringListClaim("groups"))
                .containsExactlyInAnyOrder("USER", "FRIEND");
        assertThat(client.myFriendApplications(user.accessToken()).items())
                .extracting(FriendApplication::status).containsExactly("APPROVED");
    }

    @Test
    void managerRejectsWithAReasonAndNoRoleIsGranted() {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();
        FriendApplication application = client.applyAsFriend(user.accessToken(), MOTIVATION);

        FriendApplication rejected = client.rejectFriendApplication(accounts.managerToken(), application.id(),
                "Please tell us more about your experience.");

        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThat(rejected.decidedAt()).isNotNull();
        assertThat(client.me(user.accessToken()).roles()).containsExactly("USER");
    }

    @Test
    void decidingTwiceIsAConflict() {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();
        String id = client.applyAsFriend(user.accessToken(), MOTIVATION).id();
        String admin = accounts.adminToken();
        client.approveFriendApplication(admin, id);

        assertProblem(() -> client.rejectFriendApplication(admin, id, "Changed my mind"), 409, "application-decided");
        assertProblem(() -> client.approveFriendApplication(admin, id), 409, "application-decided");
    }

    @Test
    void staffCannotDecideOnTheirOwnApplication() {
        Accounts.SignedIn staff = accounts.signUpVerifiedAndLogIn();
        client.setRoles(accounts.adminToken(), staff.id(), List.of("USER", "MANAGER"));
        String managerToken = client.login(staff.email(), staff.password()).accessToken();
        String id = client.applyAsFriend(managerToken, MOTIVATION).id();

        assertProblem(() -> client.approveFriendApplication(managerToken, id), 403, "forbidden");
        assertProblem(() -> client.rejectFriendApplication(managerToken, id, "Not me"), 403, "forbidden");

        assertThat(client.myFriendApplications(managerToken).items()).extracting(FriendApplication::status)
                .containsExactly("PENDING");
        assertThat(client.approveFriendApplication(accounts.adminToken(), id).status()).isEqualTo("APPROVED");
    }

    @Test
    void suspendedApplicantIsNotApprovedButMayBeRejected() {
        Accounts.SignedIn user = accounts.signUpVerifiedAndLogIn();
        String id = client.applyAsFriend(user.accessToken(), MOTIVATION).id();
        String admin = accounts.adminToken();
        client.suspendUser(admin, user.id(), "Abusive messages");

        assertProblem(() -> client.approveFriendApplication(admin, id), 409, "applicant-suspended");

        assertThat(client.rejectFriendApplication(admin, id, "Account suspended").status()).isEqualTo("REJECTED");
    }

    @Test
    void plainUserCannotReviewApplications() {
        Accounts.SignedIn applicant = accounts.signUpVerifiedAndLogIn();
        String id = client.applyAsFriend(applicant.accessToken(), MOTIVATION).id();

        assertProblem(() -> client.friendApplications(applicant.accessToken(), "PENDING", null, null), 403,
                "forbidden");
        assertProblem(() -> client.approveFriendApplication(applicant.accessToken(), id), 403, "forbidden");
        assertThat(client.me(applicant.accessToken()).roles()).containsExactly("USER");
    }

    @Test
    void anonymousCannotReviewApplications() {
        assertProblem(() -> client.friendApplications(null, "PENDING", null, null), 401, "unauthorized");
    }

    private FriendApplication findPending(String staffToken, String applicationId) {
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<FriendApplication> items = client.friendApplications(staffToken, "PENDING", 50, cursor);
            for (FriendApplication item : items.items()) {
                if (item.id().equals(applicationId)) {
                    return item;
                }
            }
            cursor = items.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return fail("application " + applicationId + " is not in the PENDING list");
    }
}
