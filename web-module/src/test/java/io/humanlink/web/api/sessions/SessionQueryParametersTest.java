package io.humanlink.web.api.sessions;

import static io.humanlink.web.api.sessions.BookSessionRequestTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.sessions.SessionFilter;
import io.humanlink.sessions.SessionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The query strings of GET /sessions and of the calendar and free-slot reads. */
class SessionQueryParametersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-06-07T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void theListFilterTakesStatusesInAnyCaseAndARange() {
        SessionFilter filter = SessionResource.filter("scheduled, LIVE", "2027-06-01T00:00:00+02:00",
                "2027-07-01T00:00:00Z");

        assertThat(filter.statuses()).containsExactlyInAnyOrder(SessionStatus.SCHEDULED, SessionStatus.LIVE);
        assertThat(filter.from()).isEqualTo(Instant.parse("2027-05-31T22:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2027-07-01T00:00:00Z"));
        assertThat(SessionResource.filter(null, null, null).statuses()).isEmpty();
    }

    @Test
    void aListRangeThatEndsBeforeItStartsIsRefused() {
        assertThat(fields(() -> SessionResource.filter(null, "2027-07-01T00:00:00Z", "2027-06-01T00:00:00Z")))
                .containsExactly("to");
        assertThat(fields(() -> SessionResource.filter(null, "2027-07-01T00:00:00Z", "2027-07-01T00:00:00Z")))
                .containsExactly("to");
    }

    @Test
    void unknownStatusesAndBadTimesAreNamed() {
        assertThat(fields(() -> SessionResource.filter("scheduled,asleep", "yesterday", "2027-06-01")))
                .containsExactlyInAnyOrder("status", "from", "to");
    }

    @Test
    void timesBeyondYear9999AreTheClientsMistakeNotAFailureInsideTheQuery() {
        assertThat(fields(() -> SessionResource.filter(null, "+999999999-01-01T00:00:00Z", null)))
                .containsExactly("from");
        assertThat(fields(() -> FriendCalendarResource.range("+999999999-12-01T00:00:00Z",
                "+999999999-12-31T00:00:00Z", CLOCK))).containsExactlyInAnyOrder("from", "to");
        assertThat(fields(() -> FriendCalendarResource.range("-999999999-01-01T00:00:00Z", null, CLOCK)))
                .containsExactly("from");
    }

    @Test
    void theCalendarRangeDefaultsToAWeekFromNow() {
        Instant[] range = FriendCalendarResource.range(null, null, CLOCK);

        assertThat(range[0]).isEqualTo(CLOCK.instant());
        assertThat(range[1]).isEqualTo(CLOCK.instant().plus(Duration.ofDays(7)));
        assertThat(FriendCalendarResource.range("2027-06-10T00:00:00Z", null, CLOCK)[1])
                .isEqualTo(Instant.parse("2027-06-17T00:00:00Z"));
    }
}
