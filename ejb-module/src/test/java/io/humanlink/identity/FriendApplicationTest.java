package io.humanlink.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.platform.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FriendApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final User applicant = new User("ana@example.com", "Ana", "UTC", "en", NOW);
    private final User manager = new User("max@example.com", "Max", "UTC", "en", NOW);

    @Test
    void approvalGrantsTheFriendRole() {
        FriendApplication application = new FriendApplication(applicant, "I love listening to people.", NOW);

        application.approve(manager, "welcome", NOW);

        assertThat(application.getStatus()).isEqualTo(FriendApplication.Status.APPROVED);
        assertThat(applicant.getRoles()).contains(Role.FRIEND, Role.USER);
    }

    @Test
    void rejectionLeavesRolesAlone() {
        FriendApplication application = new FriendApplication(applicant, "I love listening to people.", NOW);

        application.reject(manager, "not now", NOW);

        assertThat(application.getStatus()).isEqualTo(FriendApplication.Status.REJECTED);
        assertThat(applicant.getRoles()).containsExactly(Role.USER);
    }

    @Test
    void anApplicationIsDecidedOnlyOnce() {
        FriendApplication application = new FriendApplication(applicant, "I love listening to people.", NOW);
        application.reject(manager, "not now", NOW);

        assertThatThrownBy(() -> application.approve(manager, "changed my mind", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.slug()).isEqualTo("application-decided");
                });
    }

    @Test
    void everyAccountKeepsTheUserRole() {
        applicant.replaceRoles(java.util.Set.of(Role.MANAGER), NOW);

        assertThat(applicant.getRoles()).containsExactlyInAnyOrder(Role.USER, Role.MANAGER);
    }
    @Test
    void nobodyDecidesOnTheirOwnApplication() {
        FriendApplication application = new FriendApplication(manager, "I love listening to people.", NOW);

        assertThatThrownBy(() -> application.approve(manager, "me, of course", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.slug()).isEqualTo("forbidden");
                });
        assertThatThrownBy(() -> application.reject(manager, "never mind", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(application.getStatus()).isEqualTo(FriendApplication.Status.PENDING);
        assertThat(manager.getRoles()).doesNotContain(Role.FRIEND);
    }

    @Test
    void aSuspendedApplicantIsNotApproved() {
        FriendApplication application = new FriendApplication(applicant, "I love listening to people.", NOW);
        applicant.suspend("spam", NOW);

        assertThatThrownBy(() -> application.approve(manager, "welcome", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.slug()).isEqualTo("applicant-suspended");
                });
        assertThat(application.getStatus()).isEqualTo(FriendApplication.Status.PENDING);
        assertThat(applicant.getRoles()).containsExactly(Role.USER);
    }

    @Test
    void aSuspendedApplicantMayStillBeRejected() {
        FriendApplication application = new FriendApplication(applicant, "I love listening to people.", NOW);
        applicant.suspend("spam", NOW);

        application.reject(manager, "account suspended", NOW);

        assertThat(application.getStatus()).isEqualTo(FriendApplication.Status.REJECTED);
    }
}
