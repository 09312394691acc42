package io.humanlink.batch.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.batch.JobsApi;
import io.humanlink.batch.MatchingFixture;
import io.humanlink.batch.MatchingFixture.MatchRow;
import io.humanlink.client.HumanLinkClient;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The retention job over the ops API: a user whose Friend lost the FRIEND role (through the admin API) gets that match
 * ended and new Friends proposed; a Friend who only stops accepting new people keeps their current match; a quiet
 * user gets new Friends; a user with fresh proposals is left alone; a user whose latest rating of their Friend was low
 * gets new Friends; a recent or booked session means a user is not quiet; and a second run on the same day changes
 * nothing.
 */
@HumanLinkIT
class RetentionRematchIT {

    private static final String JOB = "retention-rematch";
    private static final long BASE = 11_000_000;
    private static final long LAST = BASE + 999_999;

    private final MatchingFixture fixture;
    private final JobsApi jobs;
    private final HumanLinkClient client;

    RetentionRematchIT(AppUnderTest app) {
        this.fixture = new MatchingFixture(app);
        this.jobs = new JobsApi(app);
        this.client = app.client();
    }

    @AfterAll
    static void removeSeededPeople(AppUnderTest app) {
        new MatchingFixture(app).deleteUsers(BASE, LAST);
    }

    @Test
    void usersWhoseFriendLeftOrWhoWentQuietGetNewFriendsOncePerDay() {
        List<Long> friends = fixture.addFriends(BASE + 500, 8, 31);
        long leaving = friends.get(0);
        long pausing = friends.get(1);
        List<Long> users = fixture.addSeekers(BASE, 4, 32);
        long abandoned = users.get(0);
        long paused = users.get(1);
        long quiet = users.get(2);
        long busy = users.get(3);
        long abandonedMatch = fixture.addMatch(abandoned, leaving, "ACCEPTED",
                MatchingFixture.ago(Duration.ofDays(21)), MatchingFixture.ago(Duration.ofDays(20)));
        long pausedMatch = fixture.addMatch(paused, pausing, "ACCEPTED",
                MatchingFixture.ago(Duration.ofDays(3)), MatchingFixture.ago(Duration.ofDays(2)));
        fixture.addMatch(quiet, friends.get(2), "DECLINED",
                MatchingFixture.ago(Duration.ofDays(40)), MatchingFixture.ago(Duration.ofDays(39)));
        long busyProposal = fixture.addMatch(busy, friends.get(3), "PROPOSED",
                MatchingFixture.ago(Duration.ofDays(1)), null);
        client.setRoles(jobs.adminToken(), fixture.publicId(leaving), List.of("USER"));
        fixture.execute("update friend_profiles set accepting_new = false where user_id = ?", pausing);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        jobs.run(JOB, """
                {"runDate":"%s","chunkSize":2}""".formatted(today));

        List<MatchRow> afterFirstRun = fixture.matchesOf(users);
        assertEnded(afterFirstRun, abandonedMatch);
        assertThat(afterFirstRun).filteredOn(row -> row.id() == pausedMatch).extracting(MatchRow::status)
                .containsExactly("ACCEPTED");
        Map<Long, List<MatchRow>> proposals = fixture.proposalsByUser(users);
        assertThat(proposals).containsKeys(abandoned, quiet).doesNotContainKey(paused);
        for (long user : List.of(abandoned, quiet)) {
            assertThat(proposals.get(user)).as("new proposals of %d", user).isNotEmpty().allSatisfy(row -> {
                assertThat(row.source()).isEqualTo("RETENTION");
                assertThat(row.proposedOn()).isEqualTo(today);
                assertThat(row.friendId()).isNotIn(leaving, pausing);
            });
        }
        assertThat(proposals.get(busy)).as("a user with fresh proposals is not due")
                .extracting(MatchRow::id).containsExactly(busyProposal);
        assertThat(fixture.newMatchNotifications(users, today)).as("one NEW_MATCH each, for the re-matched only")
                .isEqualTo(Map.of(abandoned, 1, quiet, 1));

        jobs.run(JOB, """
                {"runDate":"%s","chunkSize":2}""".formatted(today));

        assertThat(fixture.matchesOf(users)).as("a second run the same day changes nothing")
                .containsExactlyInAnyOrderElementsOf(afterFirstRun);
        assertThat(fixture.newMatchNotifications(users, today)).isEqualTo(Map.of(abandoned, 1, quiet, 1));
    }

    /**
     * Feedback and sessions in the selection. The first three users have had their Friend for 20 days (quiet, by
     * matches alone) but a session with them 3 days ago: only the one whose latest rating was 2 is due, and keeps the
     * match. The last two would be as quiet as {@code quiet} above, but one had a session 3 days ago and the other
     * has one booked: neither is quiet. A second run changes nothing.
     */
    @Test
    void aLowLastRatingOfTheCurrentFriendIsDueWhileARecentOrBookedSessionIsNotQuiet() {
        long base = BASE + 100_000;
        List<Long> friends = fixture.addFriends(base + 500, 6, 41);
        List<Long> users = fixture.addSeekers(base, 5, 42);
        long lowRater = users.get(0);
        long recovered = users.get(1);
        long content = users.get(2);
        long recentSession = users.get(3);
        long booked = users.get(4);
        for (int i = 0; i < 3; i++) {
            fixture.addMatch(users.get(i), friends.get(i), "ACCEPTED", MatchingFixture.ago(Duration.ofDays(21)),
                    MatchingFixture.ago(Duration.ofDays(20)));
        }
        long lowRaterMatch = fixture.matchesOf(List.of(lowRater)).get(0).id();
        feedback(lowRater, friends.get(0), Duration.ofDays(3), 2, "SURE");
        feedback(recovered, friends.get(1), Duration.ofDays(10), 1, "SURE");
        feedback(recovered, friends.get(1), Duration.ofDays(3), 4, "SURE");
        feedback(content, friends.get(2), Duration.ofDays(3), 5, "PRIORITISE");
        for (long user : List.of(recentSession, booked)) {
            fixture.addMatch(user, friends.get(users.indexOf(user)), "DECLINED",
                    MatchingFixture.ago(Duration.ofDays(40)), MatchingFixture.ago(Duration.ofDays(39)));
        }
        fixture.addSession(recentSession, friends.get(3), "COMPLETED", MatchingFixture.ago(Duration.ofDays(3)));
        fixture.addSession(booked, friends.get(4), "SCHEDULED", Instant.now().plus(Duration.ofDays(5)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        jobs.run(JOB, """
                {"runDate":"%s","chunkSize":2}""".formatted(today));

        List<MatchRow> afterFirstRun = fixture.matchesOf(users);
        Map<Long, List<MatchRow>> proposals = fixture.proposalsByUser(users);
        assertThat(proposals.keySet()).as("only the low rater is due").containsExactly(lowRater);
        assertThat(proposals.get(lowRater)).isNotEmpty().allSatisfy(row -> {
            assertThat(row.source()).isEqualTo("RETENTION");
            assertThat(row.proposedOn()).isEqualTo(today);
            assertThat(row.friendId()).as("the current Friend is not proposed").isNotEqualTo(friends.get(0));
        });
        assertThat(afterFirstRun).filteredOn(row -> row.id() == lowRaterMatch).extracting(MatchRow::status)
                .as("the low rater keeps their Friend until they choose another").containsExactly("ACCEPTED");
        assertThat(fixture.newMatchNotifications(users, today)).isEqualTo(Map.of(lowRater, 1));

        jobs.run(JOB, """
                {"runDate":"%s","chunkSize":2}""".formatted(today));

        assertThat(fixture.matchesOf(users)).as("a second run the same day changes nothing")
                .containsExactlyInAnyOrderElementsOf(afterFirstRun);
        assertThat(fixture.newMatchNotifications(users, today)).isEqualTo(Map.of(lowRater, 1));
    }

    /** A completed session that started {@code ago}, and the user's feedback on it an hour after it ended. */
    private void feedback(long user, long friend, Duration ago, int rating, String seeAgain) {
        Instant start = MatchingFixture.ago(ago);
        long session = fixture.addSession(user, friend, "COMPLETED", start);
        fixture.addUserFeedback(session, rating, seeAgain, start.plus(Duration.ofHours(2)));
    }

    private static void assertEnded(List<MatchRow> rows, long matchId) {
        MatchRow match = rows.stream().filter(row -> row.id() == matchId).findFirst().orElseThrow();
        assertThat(match.status()).isEqualTo("ENDED");
        assertThat(match.reason()).isEqualTo("friend-left");
        assertThat(match.endedAt()).isNotNull();
    }
}
