package io.humanlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void demoAccountsAreSeededOnlyUnderTheDevAndTestProfiles() {
        assertThat(DemoData.allowedIn("dev")).isTrue();
        assertThat(DemoData.allowedIn("test")).isTrue();
        assertThat(DemoData.allowedIn("prod")).isFalse();
        assertThat(DemoData.allowedIn("")).isFalse();
        assertThat(DemoData.allowedIn("staging")).isFalse();
        assertThat(DemoData.allowedIn(null)).isFalse();
    }

    @Test
    void theAdminWhoApprovesTheDemoFriendsIsSeededBeforeThem() {
        int firstAdmin = indexOfFirst(Role.ADMIN);
        int firstFriend = indexOfFirst(Role.FRIEND);

        assertThat(firstAdmin).isNotNegative().isLessThan(firstFriend);
    }

    private static int indexOfFirst(Role role) {
        for (int i = 0; i < DemoData.ACCOUNTS.size(); i++) {
            if (DemoData.ACCOUNTS.get(i).roles().contains(role)) {
                return i;
            }
        }
        return -1;
    }
}
