package io.humanlink.web.api.sessions;

import static io.humanlink.web.api.sessions.SessionsFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.web.api.sessions.SessionsFixture.Person;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.Problems;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Friend in New York available Mondays 09:00–12:00, booked by a user in Lisbon (the test accounts' zone) on the
 * Mondays around New York's next daylight-saving change: 09:00 stays 09:00 for the Friend while its UTC instant moves
 * by an hour, and the user sees each session at the right time in their own zone.
 */
@HumanLinkIT
class SessionDstIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private final SessionsFixture fixture;

    SessionDstIT(AppUnderTest app) {
        this.fixture = new SessionsFixture(app);
    }

    @Test
    void aWeeklyRuleAcrossADstChangeBooksTheRightInstantsInBothZones() {
        Person friend = fixture.friend("""
                {"timeZone":"America/New_York","weekly":[{"day":"MONDAY","from":"09:00","to":"12:00"}]}""", 4);
        Person user = fixture.user();
        Instant change = NEW_YORK.getRules().nextTransition(Instant.now().plus(Duration.ofDays(8))).getInstant();
        LocalDate changeDay = change.atZone(NEW_YORK).toLocalDate();
        LocalDate mondayBefore = changeDay.with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
        LocalDate mondayAfter = changeDay.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant nineBefore = ZonedDateTime.of(mondayBefore, LocalTime.of(9, 0), NEW_YORK).toInstant();
        Instant nineAfter = ZonedDateTime.of(mondayAfter, LocalTime.of(9, 0), NEW_YORK).toInstant();
        assertThat(Duration.between(nineBefore, nineAfter))
                .as("a week of wall-clock time across the change is not 7 x 24 hours")
                .isNotEqualTo(Duration.ofDays(7));

        JsonObject before = fixture.booked(user, friend, "text", nineBefore, 60);
        JsonObject after = fixture.booked(user, friend, "text", nineAfter, 60);

        for (JsonObject session : List.of(before, after)) {
            Instant start = Instant.parse(session.getString("start"));
            JsonObject friendTime = session.getJsonObject("friendTime");
            JsonObject userTime = session.getJsonObject("userTime");
            assertThat(friendTime.getString("timeZone")).isEqualTo("America/New_York");
            assertThat(friendTime.getString("start")).isEqualTo(start.atZone(NEW_YORK).toOffsetDateTime().toString())
                    .contains("T09:00");
            assertThat(userTime.getString("timeZone")).isEqualTo("Europe/Lisbon");
            assertThat(userTime.getString("start")).isEqualTo(start.atZone(LISBON).toOffsetDateTime().toString());
        }
        assertThat(Instant.parse(before.getString("start"))).isEqualTo(nineBefore);
        assertThat(Instant.parse(after.getString("start"))).isEqualTo(nineAfter);

        // The same UTC time of day as the last slot before the change falls outside the rule after it.
        Instant lastSlotBefore = nineBefore.plus(Duration.ofMinutes(150));
        Instant sameUtcTimeAfter = lastSlotBefore.plus(Duration.ofDays(7));
        fixture.booked(fixture.user(), friend, "text", lastSlotBefore, 30);
        Problems.assertProblem(fixture.book(fixture.user(), friend, "text", sameUtcTimeAfter, 30), 409,
                "outside-availability");
        fixture.booked(fixture.user(), friend, "text", nineAfter.plus(Duration.ofMinutes(150)), 30);

        JsonObject slots = expect(200, fixture.get("/api/v1/friends/" + friend.id() + "/slots?from="
                + nineBefore.minus(Duration.ofHours(1)) + "&to=" + nineAfter.plus(Duration.ofHours(6)), user));
        assertThat(slots.getJsonArray("free").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("localStart") + "/" + o.getString("localEnd"))
                .containsExactly(
                        local(nineBefore.plus(Duration.ofMinutes(70))) + "/" + local(lastSlotBefore.minus(
                                Duration.ofMinutes(10))),
                        local(nineAfter.plus(Duration.ofMinutes(70))) + "/" + local(nineAfter.plus(
                                Duration.ofMinutes(140))));
    }

    private static String local(Instant instant) {
        return instant.atZone(NEW_YORK).toOffsetDateTime().toString();
    }
}
