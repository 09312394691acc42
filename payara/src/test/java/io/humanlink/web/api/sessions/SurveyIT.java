package io.humanlink.web.api.sessions;

import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.Problem;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.RawHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code /surveys/{key}} and {@code /admin/surveys/{key}/summary}: the NPS and after-session surveys are served,
 * answered once (also when two answers race), refused item by item when wrong, and summed up for managers only.
 */
@HumanLinkIT
class SurveyIT {

    private static final String SURVEYS = "/api/v1/surveys/";
    private static final String VERSION = "2026-1";

    private final AppUnderTest app;
    private final Accounts accounts;

    SurveyIT(AppUnderTest app) {
        this.app = app;
        this.accounts = new Accounts(app);
    }

    @Test
    void aSignedInUserGetsTheDefinitions() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        HttpResponse<String> nps = app.http().get(SURVEYS + "nps", bearer(user.accessToken()));
        HttpResponse<String> afterSession = app.http().get(SURVEYS + "after-session", bearer(user.accessToken()));

        assertThat(nps.statusCode()).as(nps.body()).isEqualTo(200);
        JsonObject definition = RawHttp.json(nps);
        assertThat(definition.getString("key")).isEqualTo("nps");
        assertThat(definition.getString("version")).isEqualTo(VERSION);
        assertThat(definition.getString("once")).isEqualTo("per-user");
        assertThat(definition.getString("cooldown")).isEqualTo("P90D");
        JsonObject q1 = definition.getJsonArray("questions").getJsonObject(0);
        assertThat(q1.getString("id")).isEqualTo("q1");
        assertThat(q1.getString("kind")).isEqualTo("score");
        assertThat(q1.getString("text")).isEqualTo("How likely are you to recommend HumanLink to a friend?");
        assertThat(q1.getInt("min")).isZero();
        assertThat(q1.getInt("max")).isEqualTo(10);
        assertThat(definition.getJsonArray("questions").getJsonObject(1).getInt("maxLength")).isEqualTo(1000);

        assertThat(afterSession.statusCode()).isEqualTo(200);
        JsonObject after = RawHttp.json(afterSession);
        assertThat(after.getString("once")).isEqualTo("per-session");
        assertThat(after.getJsonArray("questions").getValuesAs(JsonObject.class))
                .extracting(question -> question.getString("kind")).containsExactly("score", "choice", "text");
    }

    @Test
    void anUnknownSurveyIsNotFound() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        assertProblem(app.http().get(SURVEYS + "nope", bearer(user.accessToken())), 404, "not-found");
        assertProblem(post(user, "nope", nps(VERSION, 9, null)), 404, "not-found");
        assertProblem(app.http().get("/api/v1/admin/surveys/nope/summary", bearer(accounts.managerToken())), 404,
                "not-found");
    }

    @Test
    void aValidAnswerIsStoredAndItsIdReturned() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        HttpResponse<String> response = post(user, "nps", nps(VERSION, 9, "Kind and patient Friends."));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject stored = RawHttp.json(response);
        assertThat(UUID.fromString(stored.getString("id"))).isNotNull();
        assertThat(stored.getString("survey")).isEqualTo("nps");
        assertThat(stored.getString("version")).isEqualTo(VERSION);
        assertThat(stored.getInt("score")).isEqualTo(9);
        assertThat(Instant.parse(stored.getString("createdAt")))
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
    }

    @Test
    void invalidAnswersNameEachBadItemAndStoreNothing() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        JsonObject answers = Json.createObjectBuilder().add("q1", 11).add("comment", "x".repeat(1001))
                .add("q9", 3).build();

        Problem problem = assertProblem(post(user, "nps", body(VERSION, answers, null)), 400, "validation");

        assertThat(problem.fields()).containsExactlyInAnyOrder("answers.q1", "answers.comment", "answers.q9");
        // nothing was stored, so the once-only rule has not been used up
        assertThat(post(user, "nps", nps(VERSION, 10, null)).statusCode()).isEqualTo(201);
    }

    @Test
    void aWrongVersionAndAMissingRequiredAnswerAreNamed() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        Problem problem = assertProblem(post(user, "nps", body("2025-1", Json.createObjectBuilder()
                .add("comment", "no score").build(), null)), 400, "validation");

        assertThat(problem.fields()).containsExactlyInAnyOrder("version", "answers.q1");
    }

    @Test
    void answersOfTheWrongTypeAreNamed() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        Problem problem = assertProblem(post(user, "nps", body(VERSION, Json.createObjectBuilder()
                .add("q1", "nine").add("comment", 5).build(), null)), 400, "validation");

        assertThat(problem.fields()).containsExactlyInAnyOrder("answers.q1", "answers.comment");
    }

    @Test
    void aSecondAnswerWithinTheCooldownIsRefused() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        assertThat(post(user, "nps", nps(VERSION, 6, null)).statusCode()).isEqualTo(201);

        assertProblem(post(user, "nps", nps(VERSION, 8, "changed my mind")), 409, "survey-already-answered");
    }

    @Test
    void answersSentAtOnceGiveOneCreatedAndTheRestAlreadyAnswered() throws Exception {
        for (int round = 0; round < 3; round++) {
            Accounts.SignedIn user = accounts.signUpAndLogIn();

            List<HttpResponse<String>> responses = inParallel(round == 0 ? 2 : 4,
                    () -> post(user, "nps", nps(VERSION, 9, null)));

            responses.sort(Comparator.comparingInt(HttpResponse::statusCode));
            assertThat(responses.get(0).statusCode()).as(responses.get(0).body()).isEqualTo(201);
            responses.subList(1, responses.size())
                    .forEach(response -> assertProblem(response, 409, "survey-already-answered"));
            assertThat(storedResponses(user, "nps")).isEqualTo(1);
        }
    }

    /**
     * The race the checks before writing cannot see: another transaction holds the same (survey, user, period) key,
     * uncommitted, while the answer is written. The app's insert waits for it and, once it commits, fails on the
     * unique key; the answer is then refused like any second one.
     */
    @Test
    void anAnswerThatLosesTheRaceAtTheUniqueKeyIsAlreadyAnswered() throws Exception {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection rival = database()) {
            rival.setAutoCommit(false);
            try (PreparedStatement insert = rival.prepareStatement("insert into survey_responses (id, public_id, "
                    + "survey_key, survey_version, user_id, subject, answers, score, created_at) "
                    + "select nextval('survey_responses_seq'), ?, 'nps', ?, u.id, ?, '{\"q1\":10}', 10, now() "
                    + "from users u where u.public_id = ?")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, VERSION);
                insert.setString(3, npsPeriod(Instant.now()));
                insert.setString(4, user.id());
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }

            Future<HttpResponse<String>> answer = pool.submit(() -> post(user, "nps", nps(VERSION, 3, null)));
            awaitInsertWaitingForALock();
            rival.commit();

            Problem problem = assertProblem(answer.get(60, TimeUnit.SECONDS), 409, "survey-already-answered");
            assertThat(problem.detail()).contains("parallel request");
            assertThat(storedResponses(user, "nps")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutATokenNothingIsServed() {
        assertProblem(app.http().get(SURVEYS + "nps"), 401, "unauthorized");
        assertProblem(app.http().postJson(SURVEYS + "nps", nps(VERSION, 9, null)), 401, "unauthorized");
        assertProblem(app.http().get("/api/v1/admin/surveys/nps/summary"), 401, "unauthorized");
    }

    @Test
    void aUserCannotSeeTheSummary() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        assertProblem(app.http().get("/api/v1/admin/surveys/nps/summary", bearer(user.accessToken())), 403,
                "forbidden");
    }

    @Test
    void managersAndAdminsSeeTheNpsOfTheAnswersInTheWindow() {
        Instant from = Instant.now();
        int[] scores = {10, 9, 9, 7, 3};
        for (int i = 0; i < scores.length; i++) {
            HttpResponse<String> answered = post(accounts.signUpAndLogIn(), "nps",
                    nps(VERSION, scores[i], i < 2 ? "comment " + i : null));
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        }

        HttpResponse<String> response = app.http().get("/api/v1/admin/surveys/nps/summary?from=" + from,
                bearer(accounts.managerToken()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject summary = RawHttp.json(response);
        assertThat(summary.getString("survey")).isEqualTo("nps");
        assertThat(summary.getString("version")).isEqualTo(VERSION);
        assertThat(summary.getInt("responses")).isEqualTo(5);
        JsonObject q1 = summary.getJsonArray("questions").getJsonObject(0);
        assertThat(q1.getString("id")).isEqualTo("q1");
        assertThat(q1.getInt("answered")).isEqualTo(5);
        // promoters 10, 9, 9; passive 7; detractor 3: (3 - 1) / 5 = 40 %; average 38 / 5
        JsonObject nps = q1.getJsonObject("nps");
        assertThat(nps.getJsonNumber("score").doubleValue()).isEqualTo(40.0);
        assertThat(nps.getInt("promoters")).isEqualTo(3);
        assertThat(nps.getInt("passives")).isEqualTo(1);
        assertThat(nps.getInt("detractors")).isEqualTo(1);
        assertThat(q1.getJsonNumber("average").doubleValue()).isEqualTo(7.6);
        JsonObject distribution = q1.getJsonObject("distribution");
        assertThat(distribution).hasSize(11);
        assertThat(distribution.getInt("9")).isEqualTo(2);
        assertThat(distribution.getInt("3")).isEqualTo(1);
        assertThat(distribution.getInt("0")).isZero();
        JsonObject comment = summary.getJsonArray("questions").getJsonObject(1);
        assertThat(comment.getString("kind")).isEqualTo("text");
        assertThat(comment.getInt("answered")).isEqualTo(2);
        assertThat(comment.get("nps")).isEqualTo(JsonValue.NULL);

        HttpResponse<String> asAdmin = app.http().get("/api/v1/admin/surveys/nps/summary?from=" + from,
                bearer(accounts.adminToken()));
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(RawHttp.json(asAdmin).getInt("responses")).isEqualTo(5);
    }

    @Test
    void aSummaryWindowMustBeInstantsInOrder() {
        String manager = accounts.managerToken();

        assertThat(assertProblem(app.http().get("/api/v1/admin/surveys/nps/summary?from=yesterday",
                bearer(manager)), 400, "validation").fields()).containsExactly("from");
        assertThat(assertProblem(app.http().get("/api/v1/admin/surveys/nps/summary?from=2026-02-01T00:00:00Z"
                + "&to=2026-01-01T00:00:00Z", bearer(manager)), 400, "validation").fields()).containsExactly("to");
    }

    @Test
    void theAfterSessionSurveyNeedsTheSessionItIsAbout() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();
        JsonObject answers = Json.createObjectBuilder().add("q1", 4).add("helped", "advice").build();

        assertThat(assertProblem(post(user, "after-session", body(VERSION, answers, null)), 400, "validation")
                .fields()).containsExactly("sessionId");
        assertThat(assertProblem(post(user, "after-session", body(VERSION, answers, "session-1")), 400,
                "validation").fields()).containsExactly("sessionId");
        assertThat(assertProblem(post(user, "after-session", body(VERSION, Json.createObjectBuilder()
                .add("q1", 4).add("helped", "magic").build(), UUID.randomUUID().toString())), 400, "validation")
                .fields()).containsExactly("answers.helped");
        assertThat(assertProblem(post(user, "nps", body(VERSION, Json.createObjectBuilder().add("q1", 8).build(),
                UUID.randomUUID().toString())), 400, "validation").fields()).containsExactly("sessionId");
    }

    @Test
    void summaryDatesOutsideTheCalendarAreRefusedByName() {
        HttpResponse<String> response = app.http().get("/api/v1/admin/surveys/nps/summary?from=%2B100000-01-01T00:00:00Z",
                "Authorization", "Bearer " + accounts.managerToken());

        assertThat(assertProblem(response, 400, "validation").fields()).containsExactly("from");
    }

    @Test
    void aSessionTheUserDidNotTakePartInCannotBeSurveyed() {
        Accounts.SignedIn user = accounts.signUpAndLogIn();

        HttpResponse<String> response = post(user, "after-session", body(VERSION, Json.createObjectBuilder()
                .add("q1", 5).build(), UUID.randomUUID().toString()));

        assertProblem(response, 404, "not-found");
    }

    @Test
    void aParticipantOfACompletedSessionAnswersTheAfterSessionSurveyOnce() {
        SessionsFixture sessions = new SessionsFixture(app);
        SessionsFixture.Person friend = sessions.friend();
        SessionsFixture.Person user = sessions.user();
        java.time.Instant start = SessionsFixture.daysAheadAt(2, 11);
        String id = sessions.booked(user, friend, "text", start, 30).getString("id");
        String answer = body(VERSION, Json.createObjectBuilder().add("q1", 4).build(), id);

        assertProblem(app.http().postJson(SURVEYS + "after-session", answer, "Authorization", user.bearer()), 404,
                "not-found");
        sessions.timePasses(id, java.time.Duration.between(java.time.Instant.now(), start).plusMinutes(31));
        sessions.awaitStatus(id, "COMPLETED");

        assertThat(app.http().postJson(SURVEYS + "after-session", answer, "Authorization", user.bearer())
                .statusCode()).isEqualTo(201);
        assertProblem(app.http().postJson(SURVEYS + "after-session", answer, "Authorization", user.bearer()), 409,
                "survey-already-answered");
        assertThat(app.http().postJson(SURVEYS + "after-session", answer, "Authorization", friend.bearer())
                .statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> post(Accounts.SignedIn user, String key, String json) {
        return app.http().postJson(SURVEYS + key, json, bearer(user.accessToken()));
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static String nps(String version, int score, String comment) {
        JsonObjectBuilder answers = Json.createObjectBuilder().add("q1", score);
        if (comment != null) {
            answers.add("comment", comment);
        }
        return body(version, answers.build(), null);
    }

    private static String body(String version, JsonObject answers, String sessionId) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("version", version).add("answers", answers);
        if (sessionId != null) {
            body.add("sessionId", sessionId);
        }
        return body.build().toString();
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(app.database().jdbcUrl(), app.database().user(), null);
    }

    private long storedResponses(Accounts.SignedIn user, String key) throws SQLException {
        try (Connection db = database();
             PreparedStatement count = db.prepareStatement("select count(*) from survey_responses r "
                     + "join users u on u.id = r.user_id where u.public_id = ? and r.survey_key = ?")) {
            count.setString(1, user.id());
            count.setString(2, key);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The subject the app gives an NPS answer at {@code now}: the start of its 90-day period since the epoch. */
    private static String npsPeriod(Instant now) {
        long period = Duration.ofDays(90).getSeconds();
        return "period:" + Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), period) * period);
    }

    private void awaitInsertWaitingForALock() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection db = database();
             PreparedStatement waiting = db.prepareStatement("select count(*) from pg_stat_activity "
                     + "where datname = current_database() and wait_event_type = 'Lock' "
                     + "and query ilike 'insert into survey_responses%'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the app's insert never waited for the rival transaction's key");
    }

    /** Sends {@code n} requests released together (each thread waits until all are ready). */
    private static List<HttpResponse<String>> inParallel(int n, java.util.concurrent.Callable<HttpResponse<String>>
            call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
