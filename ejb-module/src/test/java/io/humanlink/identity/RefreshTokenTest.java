package io.humanlink.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final User user = new User("ana@example.com", "Ana", "UTC", "en", NOW);

    private RefreshToken fresh() {
        return RefreshToken.startFamily(user, "hash-1", NOW, NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void activeUnexpiredTokenRotates() {
        assertThat(fresh().classify(NOW.plusSeconds(60))).isEqualTo(RefreshToken.Use.ROTATE);
    }

    @Test
    void rotationSpendsTheTokenAndKeepsTheFamilyAndItsExpiry() {
        RefreshToken first = fresh();
        RefreshToken second = first.rotate("hash-2", NOW.plusSeconds(60));

        assertThat(first.getStatus()).isEqualTo(RefreshToken.Status.ROTATED);
        assertThat(second.getStatus()).isEqualTo(RefreshToken.Status.ACTIVE);
        assertThat(second.getFamilyId()).isEqualTo(first.getFamilyId());
        assertThat(second.getExpiresAt()).isEqualTo(first.getExpiresAt());
    }

    @Test
    void presentingARotatedTokenIsReuse() {
        RefreshToken first = fresh();
        first.rotate("hash-2", NOW.plusSeconds(60));

        assertThat(first.classify(NOW.plusSeconds(120))).isEqualTo(RefreshToken.Use.REUSED);
    }

    @Test
    void rotatedTokenCannotRotateAgain() {
        RefreshToken first = fresh();
        first.rotate("hash-2", NOW.plusSeconds(60));

        assertThatThrownBy(() -> first.rotate("hash-3", NOW.plusSeconds(90)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void expiredTokenIsRefused() {
        assertThat(fresh().classify(NOW.plus(Duration.ofDays(30)))).isEqualTo(RefreshToken.Use.EXPIRED);
    }

    @Test
    void revokedTokenIsRefusedAndRevokingOnlyEndsActiveTokens() {
        RefreshToken token = fresh();
        token.revoke(NOW);
        assertThat(token.classify(NOW)).isEqualTo(RefreshToken.Use.REVOKED);

        RefreshToken rotated = fresh();
        rotated.rotate("hash-2", NOW);
        rotated.revoke(NOW);
        assertThat(rotated.getStatus()).isEqualTo(RefreshToken.Status.ROTATED);
    }

    @Test
    void eachLoginStartsANewFamily() {
        assertThat(fresh().getFamilyId()).isNotEqualTo(fresh().getFamilyId());
    }
}
