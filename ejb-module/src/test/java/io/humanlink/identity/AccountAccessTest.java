package io.humanlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.identity.AccountAccess.Verdict;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountAccessTest {

    private static final Instant RESET_AT = Instant.parse("2026-11-25T10:00:07.600Z");
    private static final long SECOND_OF_RESET = RESET_AT.getEpochSecond();

    @Test
    void anActiveAccountWithoutRevocationAllowsEveryToken() {
        assertThat(new AccountAccess(UserStatus.ACTIVE, null).judge(0)).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aSuspendedAccountAllowsNoToken() {
        assertThat(new AccountAccess(UserStatus.SUSPENDED, null).judge(SECOND_OF_RESET)).isEqualTo(Verdict.SUSPENDED);
    }

    @Test
    void tokensIssuedInEarlierSecondsAreRevoked() {
        User user = userRevokedAt(RESET_AT);

        assertThat(access(user).judge(SECOND_OF_RESET - 1)).isEqualTo(Verdict.REVOKED);
        assertThat(access(user).judge(SECOND_OF_RESET - 3600)).isEqualTo(Verdict.REVOKED);
    }

    @Test
    void aTokenIssuedInTheSecondOfTheRevocationStaysValid() {
        // iat is whole seconds: a sign-in right after a reset, in the same second, has iat == that second.
        User user = userRevokedAt(RESET_AT);

        assertThat(access(user).judge(SECOND_OF_RESET)).isEqualTo(Verdict.ALLOWED);
        assertThat(access(user).judge(SECOND_OF_RESET + 1)).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void revocationIsStoredTruncatedToTheSecond() {
        assertThat(userRevokedAt(RESET_AT).getTokensValidAfter()).isEqualTo(Instant.parse("2026-11-25T10:00:07Z"));
    }

    @Test
    void replacingRolesTellsWhetherTheyChanged() {
        User user = new User("ana@example.com", "Ana", "UTC", "en", RESET_AT);

        assertThat(user.replaceRoles(Set.of(Role.USER), RESET_AT)).isFalse();
        assertThat(user.replaceRoles(Set.of(), RESET_AT)).isFalse();
        assertThat(user.replaceRoles(Set.of(Role.MANAGER), RESET_AT)).isTrue();
        assertThat(user.replaceRoles(Set.of(Role.MANAGER, Role.USER), RESET_AT)).isFalse();
    }

    private static User userRevokedAt(Instant when) {
        User user = new User("ana@example.com", "Ana", "UTC", "en", when.minusSeconds(3600));
        user.revokeAccessTokens(when);
        return user;
    }

    private static AccountAccess access(User user) {
        return new AccountAccess(user.getStatus(), user.getTokensValidAfter());
    }
}
