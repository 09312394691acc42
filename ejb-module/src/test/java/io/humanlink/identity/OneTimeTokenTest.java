package io.humanlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final User user = new User("ana@example.com", "Ana", "UTC", "en", NOW);

    @Test
    void aUsedVerificationLinkOfAVerifiedAccountConfirmsIt() {
        OneTimeToken link = usedToken(OneTimeToken.Purpose.VERIFY_EMAIL);
        user.markEmailVerified(NOW);

        assertThat(link.confirmsVerifiedEmail()).isTrue();
    }

    @Test
    void anUnusedLinkConfirmsNothing() {
        OneTimeToken link = new OneTimeToken(user, OneTimeToken.Purpose.VERIFY_EMAIL, "hash", NOW, NOW.plusSeconds(60));
        user.markEmailVerified(NOW);

        assertThat(link.confirmsVerifiedEmail()).isFalse();
        assertThat(link.isUsableFor(OneTimeToken.Purpose.VERIFY_EMAIL, NOW)).isTrue();
    }

    @Test
    void aUsedLinkOfAnUnverifiedAccountConfirmsNothing() {
        assertThat(usedToken(OneTimeToken.Purpose.VERIFY_EMAIL).confirmsVerifiedEmail()).isFalse();
    }

    @Test
    void aUsedPasswordResetLinkNeverCountsAsAVerification() {
        OneTimeToken reset = usedToken(OneTimeToken.Purpose.RESET_PASSWORD);
        user.markEmailVerified(NOW);

        assertThat(reset.confirmsVerifiedEmail()).isFalse();
    }

    /** A token as the database holds it after {@code OneTimeToken.spend} (the entity itself has no setter). */
    private OneTimeToken usedToken(OneTimeToken.Purpose purpose) {
        OneTimeToken token = new OneTimeToken(user, purpose, "hash", NOW, NOW.plusSeconds(60));
        try {
            Field usedAt = OneTimeToken.class.getDeclaredField("usedAt");
            usedAt.setAccessible(true);
            usedAt.set(token, NOW);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }
}
