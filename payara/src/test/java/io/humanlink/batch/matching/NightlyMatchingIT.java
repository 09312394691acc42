package io.humanlink.batch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.humanlink.batch.JobsApi;
import io.humanlink.batch.MatchingFixture;
import io.humanlink.batch.MatchingFixture.MatchRow;
import io.humanlink.batch.MatchingFixture.SetProposal;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.RawHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The nightly matching job, run over the ops API on seekers and Friends seeded into the database. Each test seeds its
 * own id range (other tests' and other classes' people are in the pool too, so assertions look at our seekers and
 * allow for foreign Friends); everything seeded here is removed after the class.
 */
@HumanLinkIT
class NightlyMatchingIT {

    private static final String JOB = "nightly-matching";
    private static final long BASE = 10_000_000;
    private static final long LAST = BASE + 999_999;
    /** humanlink.matching.top-k (the default; the test profile does not change it). */
    private static final int TOP_K = 10;

    private final AppUnderTest app;
    private final MatchingFixture fixture;
    private final JobsApi jobs;

    NightlyMatchingIT(AppUnderTest app) {
        this.app = app;
        this.fixture = new MatchingFixture(app);
        this.jobs = new JobsApi(app);
    }

    @AfterAll
    static void removeSeededPeople(AppUnderTest app) {
        new MatchingFixture(app).deleteUsers(BASE, LAST);
    }

    @Test
    void everySeekerWithAnEligibleFriendGetsRankedProposals() {
        long base = BASE;
        List<Long> seekers = fixture.addSeekers(base, 40, 1);
        List<Long> unmatchable = fixture.addUnmatchableSeekers(base + 100, 5, 2);
        Set<Long> friends = Set.copyOf(fixture.addFriends(base + 500, 15, 3));
        LocalDate runDate = LocalDate.of(2026, 3, 2);

        long id = jobs.start(JOB, """
                {"runDate":"%s","chunkSize":7,"partitions":3}""".formatted(runDate));
        JsonObject execution = jobs.awaitCompleted(id);

        assertThat(execution.getString("status")).isEqualTo("COMPLETED");
        assertThat(execution.getString("exitStatus")).isNotBlank();
        assertThat(execution.getJsonObject("parameters").getString("runDate")).isEqualTo(runDate.toString());
        assertThat(execution.getJsonObject("parameters").getString("chunkSize")).isEqualTo("7");
        assertThat(execution.getJsonObject("parameters").getString("partitions")).isEqualTo("3");
        assertThat(execution.getString("startedAt")).isNotBlank();
        assertThat(execution.getString("endedAt")).isNotBlank();
        assertThat(execution.getJsonNumber("durationMs").longValue()).isNotNegative();
        assertThat(JobsApi.itemsRead(execution)).isGreaterThanOrEqualTo(seekers.size() + unmatchable.size());
        assertThat(JobsApi.itemsWritten(execution)).isEqualTo(JobsApi.itemsRead(execution));

        Map<Long, List<SetProposal>> proposals = fixture.nightlyProposals(seekers);
        assertThat(proposals.keySet()).as("seekers with proposals").containsExactlyInAnyOrderElementsOf(seekers);
        proposals.forEach((seeker, rows) -> {
            assertThat(rows).as("proposals of %d", seeker).hasSizeBetween(1, TOP_K);
            assertThat(rows).extracting(SetProposal::rank).as("ranks of %d", seeker)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, rows.size()).boxed().toList());
            assertThat(rows).extracting(SetProposal::friendId).as("Friends of %d", seeker).doesNotHaveDuplicates()
                    .doesNotContain(seeker);
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.source()).isEqualTo("NIGHTLY");
                assertThat(row.proposedOn()).isEqualTo(runDate);
            });
        });
        assertThat(proposals.values().stream().flatMap(List::stream).map(SetProposal::friendId))
                .as("our Friends are proposed").anyMatch(friends::contains);
        assertThat(fixture.usersWithProposalSets(unmatchable)).as("unmatchable seekers get an empty set")
                .isEqualTo(unmatchable.size());
        assertThat(fixture.nightlyProposals(unmatchable)).as("nobody of ours speaks Vietnamese").isEmpty();
        assertThat(fixture.matchesOf(seekers)).as("no rows until the seeker looks").isEmpty();

        JsonObject listed = nightlyJob();
        assertThat(listed.getJsonArray("lastExecutions").getJsonObject(0).getJsonNumber("id").longValue())
                .as("newest execution first").isEqualTo(id);
    }

    @Test
    void secondRunOnTheSameDayLeavesTheSameProposalsAndNotifiesOnce() {
        long base = BASE + 200_000;
        List<Long> seekers = fixture.addSeekers(base, 30, 11);
        fixture.addFriends(base + 500, 12, 12);
        LocalDate runDate = LocalDate.of(2026, 3, 9);
        String parameters = """
                {"runDate":"%s","chunkSize":8,"partitions":2}""".formatted(runDate);

        jobs.run(JOB, parameters);
        List<SetProposal> first = all(fixture.nightlyProposals(seekers));
        JsonObject second = jobs.run(JOB, parameters);
        List<SetProposal> again = all(fixture.nightlyProposals(seekers));

        assertThat(JobsApi.itemsWritten(second)).isGreaterThanOrEqualTo(seekers.size());
        assertThat(again).hasSameSizeAs(first);
        assertThat(keys(again)).isEqualTo(keys(first));
        assertThat(again).as("equal sets are kept as they were, not rewritten")
                .extracting(row -> row.userId() + "@" + row.createdAt())
                .containsExactlyInAnyOrderElementsOf(first.stream().map(row -> row.userId() + "@" + row.createdAt())
                        .toList());
        assertNoDuplicates(again);
        Map<Long, Integer> notified = fixture.newMatchNotifications(seekers, runDate);
        assertThat(notified.keySet()).containsExactlyInAnyOrderElementsOf(fixture.nightlyProposals(seekers).keySet());
        assertThat(notified.values()).as("one NEW_MATCH per seeker and day").containsOnly(1);
    }

    /**
     * The next night after a Friend stopped taking new people: the seekers who had them get a set without them, and
     * are told only if a Friend new to them took the place; everybody else keeps their set as it was, with the night
     * it was proposed, and hears nothing.
     */
    @Test
    void theNextNightRewritesOnlyChangedSetsAndTellsOnlySeekersWithANewFriend() {
        long base = BASE + 600_000;
        List<Long> seekers = fixture.addSeekers(base, 30, 61);
        Set<Long> ours = Set.copyOf(fixture.addFriends(base + 500, 14, 62));
        LocalDate monday = LocalDate.of(2026, 4, 6);
        LocalDate tuesday = monday.plusDays(1);
        jobs.run(JOB, """
                {"runDate":"%s","chunkSize":9,"partitions":2}""".formatted(monday));
        Map<Long, List<SetProposal>> before = fixture.nightlyProposals(seekers);
        long paused = all(before).stream().map(SetProposal::friendId).filter(ours::contains)
                .collect(Collectors.groupingBy(friend -> friend, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        fixture.execute("update friend_profiles set accepting_new = false where user_id = ?", paused);

        jobs.run(JOB, """
                {"runDate":"%s","chunkSize":9,"partitions":2}""".formatted(tuesday));

        Map<Long, List<SetProposal>> after = fixture.nightlyProposals(seekers);
        Set<Long> hadPaused = new HashSet<>();
        Set<Long> gotSomeoneNew = new HashSet<>();
        for (long seeker : seekers) {
            List<SetProposal> was = before.getOrDefault(seeker, List.of());
            List<SetProposal> is = after.getOrDefault(seeker, List.of());
            Set<Long> wasFriends = was.stream().map(SetProposal::friendId).collect(Collectors.toSet());
            if (wasFriends.contains(paused)) {
                hadPaused.add(seeker);
                assertThat(is).as("set of %d", seeker).extracting(SetProposal::friendId).doesNotContain(paused);
                assertThat(is).allSatisfy(row -> assertThat(row.proposedOn()).isEqualTo(tuesday));
                if (is.stream().anyMatch(row -> !wasFriends.contains(row.friendId()))) {
                    gotSomeoneNew.add(seeker);
                }
            } else {
                assertThat(keys(is)).as("set of %d", seeker).isEqualTo(keys(was));
                assertThat(is).as("set of %d kept as written on Monday", seeker).allSatisfy(row -> {
                    assertThat(row.proposedOn()).isEqualTo(monday);
                    assertThat(row.createdAt()).isEqualTo(was.get(0).createdAt());
                });
            }
        }
        assertThat(hadPaused).as("the paused Friend was proposed to somebody").isNotEmpty();
        assertThat(gotSomeoneNew).as("somebody got a Friend new to them in the paused one's place").isNotEmpty();
        assertThat(fixture.newMatchNotifications(seekers, monday).keySet()).as("Monday: everybody's first set")
                .containsExactlyInAnyOrderElementsOf(before.keySet());
        assertThat(fixture.newMatchNotifications(seekers, tuesday).keySet()).as("Tuesday: only news")
                .containsExactlyInAnyOrderElementsOf(gotSomeoneNew);
    }

    /**
     * Stops a run as soon as it has committed work for our seekers, restarts it, and compares the outcome with an
     * uninterrupted run of the same day. Rows written before the stop must survive the restart untouched: the restart
     * continues from the checkpoints instead of starting over. If a run finishes before the stop lands, the test
     * tries again with more seekers rather than pass without having tested a restart.
     */
    @Test
    void stoppedRunRestartsFromItsCheckpointsAndEndsLikeAnUninterruptedRun() {
        long base = BASE + 300_000;
        LocalDate runDate = LocalDate.of(2026, 3, 16);
        String parameters = """
                {"runDate":"%s","chunkSize":10,"partitions":2}""".formatted(runDate);
        fixture.addFriends(base + 90_000, 60, 21);
        List<Long> seekers = new ArrayList<>();
        int[] batches = {600, 1500, 3000};
        long stoppedId = -1;
        for (int attempt = 0; attempt < batches.length && stoppedId < 0; attempt++) {
            seekers.addAll(fixture.addSeekers(base + seekers.size(), batches[attempt], 22 + attempt));
            long id = jobs.start(JOB, parameters);
            JsonObject progressed = jobs.await(id, JobsApi.TIMEOUT, Duration.ofMillis(20), e ->
                    !e.getString("status").equals("RUNNING")
                            || JobsApi.itemsWritten(e) > 0 && fixture.usersWithProposalSets(seekers) > 0);
            if (progressed.getString("status").equals("RUNNING")) {
                HttpResponse<String> stop = jobs.stop(id);
                assertThat(stop.statusCode()).as(stop.body()).isIn(202, 409);
            }
            JsonObject ended = jobs.awaitEnd(id);
            if (ended.getString("batchStatus").equals("STOPPED")) {
                stoppedId = id;
            } else {
                assertThat(ended.getString("batchStatus")).as("%s; server log:%n%s", ended, app.serverLogTail())
                        .isEqualTo("COMPLETED");
                fixture.execute("delete from proposal_sets where user_id between ? and ?", base, base + 89_999);
            }
        }
        assertThat(stoppedId).as("a run of %d seekers was never caught running; the stop always came too late",
                seekers.size()).isPositive();
        JsonObject stopped = jobs.execution(stoppedId);
        assertThat(stopped.getString("status")).isEqualTo("STOPPED");
        int doneBeforeStop = fixture.usersWithProposalSets(seekers);
        assertThat(doneBeforeStop).isBetween(1, seekers.size());

        Instant restartRequested = Instant.now();
        HttpResponse<String> restart = jobs.restart(stoppedId);
        assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
        long restartedId = RawHttp.json(restart).getJsonNumber("id").longValue();
        assertThat(restartedId).isNotEqualTo(stoppedId);
        JsonObject restarted = jobs.awaitCompleted(restartedId);

        assertThat(restarted.getJsonObject("parameters")).isEqualTo(stopped.getJsonObject("parameters"));
        Map<Long, List<SetProposal>> afterRestart = fixture.nightlyProposals(seekers);
        assertThat(afterRestart.keySet()).as("every seeker has proposals").containsExactlyInAnyOrderElementsOf(seekers);
        afterRestart.values().forEach(rows -> assertThat(rows).hasSizeBetween(1, TOP_K));
        long keptFromStoppedRun = afterRestart.values().stream()
                .filter(rows -> rows.stream().allMatch(row -> row.createdAt().isBefore(restartRequested)))
                .count();
        assertThat(keptFromStoppedRun).as("seekers done before the stop were not redone by the restart")
                .isEqualTo(doneBeforeStop);
        List<SetProposal> interruptedRows = all(afterRestart);
        assertNoDuplicates(interruptedRows);

        jobs.run(JOB, parameters);
        List<SetProposal> uninterruptedRows = all(fixture.nightlyProposals(seekers));

        assertThat(uninterruptedRows).hasSameSizeAs(interruptedRows);
        assertThat(keys(uninterruptedRows)).isEqualTo(keys(interruptedRows));
    }

    /**
     * What a seeker said after sessions moves that pair and is told: three Friends alike in everything scoring reads
     * (a language only they speak here, interests, session types, hours, zone, rating aggregate) differ only in the
     * seeker's latest feedback on them. On equal scores the lower id would rank first, so the prioritised Friend has
     * the highest id and the low-rated one the lowest: only the adjustments can put them in this order.
     */
    @Test
    void seekersLatestFeedbackOnAFriendMovesThatPairAndIsExplained() {
        Alike alike = seekerAndAlikeFriends(BASE + 400_000, 3, 41, "th", 4, 18);
        long seeker = alike.seeker();
        long lowRated = alike.friends().get(0);
        long plain = alike.friends().get(1);
        long prioritised = alike.friends().get(2);
        Instant now = Instant.now();
        feedback(seeker, lowRated, now.minus(Duration.ofDays(10)), 2, "SURE");
        feedback(seeker, plain, now.minus(Duration.ofDays(10)), 4, "SURE");
        feedback(seeker, prioritised, now.minus(Duration.ofDays(20)), 1, "SURE");
        feedback(seeker, prioritised, now.minus(Duration.ofDays(5)), 5, "PRIORITISE");

        jobs.run(JOB, """
                {"runDate":"2026-03-23","chunkSize":50,"partitions":2}""");

        List<SetProposal> proposals = fixture.nightlyProposals(List.of(seeker)).get(seeker);
        assertThat(proposals).extracting(SetProposal::friendId).containsExactly(prioritised, plain, lowRated);

        // The seeker looks: the set becomes their open matches, with their numbers and reasons in words.
        String token = logInAs(seeker);
        List<JsonObject> shown = proposalsShownTo(token);
        assertThat(shown).extracting(p -> p.getJsonObject("friend").getString("id"))
                .containsExactly(fixture.publicId(prioritised), fixture.publicId(plain), fixture.publicId(lowRated));
        List<Map<String, Double>> points = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i).getInt("rank")).isEqualTo(i + 1);
            assertThat(shown.get(i).getString("source")).isEqualTo("NIGHTLY");
            points.add(points(shown.get(i)));
        }
        double plainScore = shown.get(1).getJsonNumber("score").doubleValue();
        assertThat(shown.get(0).getJsonNumber("score").doubleValue()).as("bonus").isCloseTo(plainScore + 8,
                within(0.011));
        assertThat(shown.get(2).getJsonNumber("score").doubleValue()).as("penalty").isCloseTo(plainScore - 15,
                within(0.011));
        assertThat(points.get(0)).containsEntry("seeAgain", 8.0).doesNotContainKey("lowRating");
        assertThat(points.get(1)).containsKeys("traits", "interests", "availability", "communicationStyle", "rating")
                .doesNotContainKeys("seeAgain", "lowRating");
        assertThat(points.get(2)).containsEntry("lowRating", -15.0).doesNotContainKey("seeAgain");
        assertThat(reasons(shown.get(0))).first().isEqualTo("You asked to see Friend " + prioritised + " again.");
        assertThat(reasons(shown.get(1))).isNotEmpty().noneMatch(reason -> reason.startsWith("You asked")
                || reason.startsWith("You rated"));
        assertThat(reasons(shown.get(2))).first().isEqualTo(("You rated your last session with Friend %d 2 out of 5,"
                + " so Friend %d is ranked lower for you.").formatted(lowRated, lowRated));
        assertThat(fixture.usersWithProposalSets(List.of(seeker))).as("the set is used up").isZero();
        assertThat(proposalsShownTo(token)).as("looking again shows the same matches, not new copies")
                .extracting(p -> p.getString("id"))
                .containsExactlyElementsOf(shown.stream().map(p -> p.getString("id")).toList());
        assertThat(fixture.matchesOf(List.of(seeker))).hasSize(3);
    }

    /**
     * The night chooses who; a look writes why, from the facts of that moment. Two Friends alike in everything scoring
     * reads are ranked by id on the night; before the seeker looks, the second gets many more and better ratings, and
     * the look shows them first, their rating part above the other's.
     */
    @Test
    void aLookScoresTheNightsFriendsOnTheFactsOfThatMoment() {
        Alike alike = seekerAndAlikeFriends(BASE + 700_000, 2, 71, "tl", 4, 14);
        long seeker = alike.seeker();
        long first = alike.friends().get(0);
        long second = alike.friends().get(1);
        jobs.run(JOB, """
                {"runDate":"2026-04-13","chunkSize":50,"partitions":2}""");
        assertThat(fixture.nightlyProposals(List.of(seeker)).get(seeker)).extracting(SetProposal::friendId)
                .containsExactly(first, second);

        fixture.execute("update friend_profiles set rating_count = 60, rating_sum = 295 where user_id = ?", second);

        List<JsonObject> shown = proposalsShownTo(logInAs(seeker));
        assertThat(shown).extracting(p -> p.getJsonObject("friend").getString("id"))
                .containsExactly(fixture.publicId(second), fixture.publicId(first));
        assertThat(shown).extracting(p -> p.getInt("rank")).containsExactly(1, 2);
        assertThat(shown.get(0).getJsonNumber("score").doubleValue()).as("best first")
                .isGreaterThan(shown.get(1).getJsonNumber("score").doubleValue());
        assertThat(points(shown.get(0)).get("rating")).as("today's ratings")
                .isGreaterThan(points(shown.get(1)).get("rating"));
    }

    /**
     * A pending set turns into matches only once even when the seeker looks from several devices at once, and a
     * Friend who stopped being one since the night is not shown.
     */
    @Test
    void parallelLooksTurnAPendingSetIntoOneSetOfMatchesWithoutFriendsWhoLeft() throws Exception {
        long base = BASE + 500_000;
        long seeker = fixture.addSeekers(base, 1, 51).get(0);
        List<Long> friends = fixture.addFriends(base + 500, 4, 52);
        fixture.execute("update personality_profiles set languages = 'ms' where user_id = ?", seeker);
        fixture.execute("update friend_profiles set languages = 'ms' where user_id between ? and ?", friends.get(0),
                friends.get(3));
        jobs.run(JOB, """
                {"runDate":"2026-03-30","chunkSize":50,"partitions":2}""");
        assertThat(fixture.nightlyProposals(List.of(seeker)).get(seeker)).hasSize(4);
        long left = friends.get(1);
        fixture.execute("update users set status = 'SUSPENDED' where id = ?", left);

        String token = logInAs(seeker);
        ExecutorService devices = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<JsonObject>>> looks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                looks.add(devices.submit(() -> proposalsShownTo(token)));
            }
            for (Future<List<JsonObject>> look : looks) {
                assertThat(look.get()).extracting(p -> p.getJsonObject("friend").getString("id"))
                        .hasSize(3).doesNotContain(fixture.publicId(left));
            }
        } finally {
            devices.shutdownNow();
        }
        assertThat(fixture.matchesOf(List.of(seeker))).extracting(MatchRow::rank).containsExactly(1, 2, 3);
    }

    private record Alike(long seeker, List<Long> friends) {
    }

    /**
     * A seeker (ids from {@code base}) and {@code count} Friends (from {@code base + 500}, in id order) alike in
     * everything scoring reads: a language only they speak here, interests, session types, hours, zone and rating
     * aggregate. On equal scores the lower id ranks first.
     */
    private Alike seekerAndAlikeFriends(long base, int count, int seed, String language, int ratingCount,
                                        int ratingSum) {
        long seeker = fixture.addSeekers(base, 1, seed).get(0);
        List<Long> friends = fixture.addFriends(base + 500, count, seed + 1);
        fixture.execute("update personality_profiles set languages = ? where user_id = ?", language, seeker);
        fixture.execute("""
                update friend_profiles set languages = ?, interests = 'books,music', session_types = 'text',
                    time_zone = 'UTC', accepting_new = true, rating_count = ?, rating_sum = ?
                where user_id between ? and ?""", language, ratingCount, ratingSum, friends.get(0),
                friends.get(friends.size() - 1));
        return new Alike(seeker, friends);
    }

    private String logInAs(long seededUser) {
        Accounts.SignedIn someone = new Accounts(app).signUpAndLogIn();
        return app.client().login(fixture.canLogIn(seededUser, someone.email()), Accounts.PASSWORD).accessToken();
    }

    private List<JsonObject> proposalsShownTo(String token) {
        HttpResponse<String> response = app.http().get("/api/v1/matches", "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RawHttp.json(response).getJsonArray("proposals").getValuesAs(JsonObject.class);
    }

    /** A shown proposal's points by part name. */
    private static Map<String, Double> points(JsonObject proposal) {
        return proposal.getJsonArray("breakdown").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getJsonNumber("points").doubleValue()));
    }

    private static List<String> reasons(JsonObject proposal) {
        return proposal.getJsonArray("reasons").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    private void feedback(long user, long friend, Instant sessionStart, int rating, String seeAgain) {
        long session = fixture.addSession(user, friend, "COMPLETED", sessionStart);
        fixture.addUserFeedback(session, rating, seeAgain, sessionStart.plus(Duration.ofHours(2)));
    }

    private JsonObject nightlyJob() {
        HttpResponse<String> response = jobs.get("/api/v1/admin/jobs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RawHttp.json(response).getJsonArray("jobs").stream().map(v -> v.asJsonObject())
                .filter(job -> job.getString("name").equals(JOB)).findFirst().orElseThrow();
    }

    private static List<SetProposal> all(Map<Long, List<SetProposal>> byUser) {
        return byUser.values().stream().flatMap(List::stream).toList();
    }

    private static Set<String> keys(List<SetProposal> rows) {
        return rows.stream().map(SetProposal::key).collect(Collectors.toCollection(HashSet::new));
    }

    private static void assertNoDuplicates(List<SetProposal> rows) {
        assertThat(rows).extracting(row -> row.userId() + "->" + row.friendId())
                .as("no seeker has two rows for the same Friend").doesNotHaveDuplicates();
    }
}
