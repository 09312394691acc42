package io.humanlink.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.profile.SessionType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingRequestTest {

    private static final UUID FRIEND = UUID.fromString("6f1c2f0e-8d3a-4c55-9a7e-0d6f3f8b2a11");
    private static final Instant START = Instant.parse("2027-03-08T14:00:00Z");
    private final BookingRequest request = new BookingRequest(FRIEND, SessionType.TEXT, START, 45);

    @Test
    void theSameRequestHasTheSameFingerprint() {
        assertThat(new BookingRequest(FRIEND, SessionType.TEXT, START, 45).fingerprint())
                .isEqualTo(request.fingerprint())
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void theSameInstantWrittenWithAnotherOffsetIsTheSameRequest() {
        Instant sameInstant = OffsetDateTime.parse("2027-03-08T09:00:00-05:00").toInstant();

        assertThat(new BookingRequest(FRIEND, SessionType.TEXT, sameInstant, 45).fingerprint())
                .isEqualTo(request.fingerprint());
    }

    @Test
    void anyDifferentFieldIsADifferentRequest() {
        assertThat(new BookingRequest(UUID.randomUUID(), SessionType.TEXT, START, 45).fingerprint())
                .isNotEqualTo(request.fingerprint());
        assertThat(new BookingRequest(FRIEND, SessionType.VOICE, START, 45).fingerprint())
                .isNotEqualTo(request.fingerprint());
        assertThat(new BookingRequest(FRIEND, SessionType.TEXT, START.plusSeconds(900), 45).fingerprint())
                .isNotEqualTo(request.fingerprint());
        assertThat(new BookingRequest(FRIEND, SessionType.TEXT, START, 60).fingerprint())
                .isNotEqualTo(request.fingerprint());
    }

    @Test
    void theFingerprintFitsItsColumn() {
        assertThat(request.fingerprint().length()).isLessThanOrEqualTo(64);
    }
}
