package io.humanlink.web.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.profile.SessionType;
import io.humanlink.sessions.BookingRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookSessionRequestTest {

    private static final String FRIEND = "6f1c2f0e-8d3a-4c55-9a7e-0d6f3f8b2a11";

    @Test
    void aValidRequestBecomesABookingAtTheInstantItNames() {
        BookingRequest booking = new BookSessionRequest(" " + FRIEND + " ", "Voice", "2027-03-08T09:00:00-05:00",
                new BigDecimal("45")).toBooking();

        assertThat(booking.friendId()).isEqualTo(UUID.fromString(FRIEND));
        assertThat(booking.type()).isEqualTo(SessionType.VOICE);
        assertThat(booking.start()).isEqualTo(Instant.parse("2027-03-08T14:00:00Z"));
        assertThat(booking.durationMinutes()).isEqualTo(45);
    }

    @Test
    void aWholeNumberWrittenWithAFractionPartOfZeroIsAccepted() {
        assertThat(request(new BigDecimal("30.0")).toBooking().durationMinutes()).isEqualTo(30);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThat(fields(() -> new BookSessionRequest("nope", "hologram", "tomorrow", BigDecimal.ZERO).toBooking()))
                .containsExactlyInAnyOrder("friendId", "type", "start", "durationMinutes");
    }

    @Test
    void missingFieldsAreRequired() {
        assertThatThrownBy(() -> new BookSessionRequest(null, null, null, null).toBooking())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::message)
                        .contains(org.assertj.core.groups.Tuple.tuple("friendId", "is required"),
                                org.assertj.core.groups.Tuple.tuple("start", "is required"),
                                org.assertj.core.groups.Tuple.tuple("durationMinutes", "is required")));
    }

    @Test
    void aNumberBeyondIntIsRefusedNotWrappedIntoAValidLength() {
        // 4294967326 is 2^32 + 30: bound to an int it would silently become a 30-minute booking.
        assertThat(fields(() -> request(new BigDecimal("4294967326")).toBooking())).containsExactly("durationMinutes");
        assertThat(fields(() -> request(new BigDecimal("1E+999999999")).toBooking()))
                .containsExactly("durationMinutes");
    }

    @Test
    void aFractionalLengthIsRefusedNotTruncated() {
        assertThat(fields(() -> request(new BigDecimal("30.7")).toBooking())).containsExactly("durationMinutes");
        assertThat(fields(() -> request(new BigDecimal("-30")).toBooking())).containsExactly("durationMinutes");
    }

    @Test
    void aStartWithoutAnOffsetOrBeyondYear9999IsRefused() {
        assertThat(fields(() -> new BookSessionRequest(FRIEND, "text", "2027-03-08T09:00:00", BigDecimal.TEN)
                .toBooking())).containsExactly("start");
        assertThat(fields(() -> new BookSessionRequest(FRIEND, "text", "+999999999-12-31T00:00:00Z", BigDecimal.TEN)
                .toBooking())).containsExactly("start");
    }

    private static BookSessionRequest request(BigDecimal minutes) {
        return new BookSessionRequest(FRIEND, "text", "2027-03-08T14:00:00Z", minutes);
    }

    static java.util.List<String> fields(Runnable parse) {
        try {
            parse.run();
        } catch (DomainException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.slug()).isEqualTo("validation");
            return e.fieldErrors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected a validation problem");
    }
}
