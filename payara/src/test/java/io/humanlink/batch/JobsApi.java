package io.humanlink.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.RawHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;

/** The ops API of the batch jobs ({@code /api/v1/admin/jobs}) as an admin uses it, with waiting for executions. */
public final class JobsApi {

    public static final Duration TIMEOUT = Duration.ofSeconds(120);
    public static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);

    private final AppUnderTest app;
    private final RawHttp http;
    private final Accounts accounts;
    private String token;
    private Instant tokenIssued = Instant.MIN;

    public JobsApi(AppUnderTest app) {
        this.app = app;
        this.http = app.http();
        this.accounts = new Accounts(app);
    }

    /** An admin access token, renewed well before it expires (tests here may run for minutes). */
    public String adminToken() {
        if (Duration.between(tokenIssued, Instant.now()).compareTo(TOKEN_REUSE) > 0) {
            token = accounts.adminToken();
            tokenIssued = Instant.now();
        }
        return token;
    }

    public HttpResponse<String> get(String path) {
        return http.get(path, "Authorization", "Bearer " + adminToken());
    }

    /** POST with a JSON body, or with no body at all when {@code json} is null. */
    public HttpResponse<String> post(String path, String json) {
        return http.send("POST", path, json == null ? null : "application/json", json, "Authorization",
                "Bearer " + adminToken());
    }

    /**
     * Starts a job once no execution of it is running (a failed test must not make the next one fail with 409) and
     * returns the new execution's id.
     *
     * @param parametersJson the {@code parameters} object, e.g. {@code {"runDate":"2026-03-02"}}, or null for none
     */
    public long start(String job, String parametersJson) {
        awaitIdle(job);
        HttpResponse<String> response = post("/api/v1/admin/jobs/" + job + "/start",
                parametersJson == null ? null : "{\"parameters\":" + parametersJson + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonObject execution = RawHttp.json(response);
        assertThat(execution.getString("jobName")).isEqualTo(job);
        assertThat(response.headers().firstValue("Location").orElse(""))
                .endsWith("/api/v1/admin/jobs/executions/" + execution.getJsonNumber("id").longValue());
        return execution.getJsonNumber("id").longValue();
    }

    public JsonObject execution(long id) {
        HttpResponse<String> response = get("/api/v1/admin/jobs/executions/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RawHttp.json(response);
    }

    public HttpResponse<String> stop(long id) {
        return post("/api/v1/admin/jobs/executions/" + id + "/stop", null);
    }

    public HttpResponse<String> restart(long id) {
        return post("/api/v1/admin/jobs/executions/" + id + "/restart", null);
    }

    /** Polls the execution until {@code done} holds for it, or fails after {@code timeout}. */
    public JsonObject await(long id, Duration timeout, Duration poll, Predicate<JsonObject> done) {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject execution = execution(id);
        while (!done.test(execution)) {
            assertThat(Instant.now()).as("execution %d still %s after %s; server log:%n%s", id, execution, timeout,
                    app.serverLogTail()).isBefore(deadline);
            sleep(poll);
            execution = execution(id);
        }
        return execution;
    }

    /** Waits for the execution to end (completed, failed, stopped or abandoned) and returns it. */
    public JsonObject awaitEnd(long id) {
        return await(id, TIMEOUT, POLL, e -> ENDED.contains(e.getString("status")));
    }

    /** Waits for the execution to end and checks that it completed. */
    public JsonObject awaitCompleted(long id) {
        JsonObject execution = awaitEnd(id);
        assertThat(execution.getString("batchStatus")).as("execution %s; server log:%n%s", execution,
                app.serverLogTail()).isEqualTo("COMPLETED");
        return execution;
    }

    /** Waits until no execution of the job is starting, running or stopping. */
    public void awaitIdle(String job) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (running(job)) {
            assertThat(Instant.now()).as("%s still running after %s", job, TIMEOUT).isBefore(deadline);
            sleep(POLL);
        }
    }

    /** Runs a job to completion and returns the completed execution. */
    public JsonObject run(String job, String parametersJson) {
        return awaitCompleted(start(job, parametersJson));
    }

    public static long itemsWritten(JsonObject execution) {
        return execution.getJsonNumber("itemsWritten").longValue();
    }

    public static long itemsRead(JsonObject execution) {
        return execution.getJsonNumber("itemsRead").longValue();
    }

    private boolean running(String job) {
        HttpResponse<String> response = get("/api/v1/admin/jobs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonValue value : RawHttp.json(response).getJsonArray("jobs")) {
            JsonObject entry = value.asJsonObject();
            if (entry.getString("name").equals(job)) {
                return entry.getJsonArray("lastExecutions").stream().map(JsonValue::asJsonObject)
                        .anyMatch(e -> !ENDED.contains(e.getString("status")));
            }
        }
        throw new AssertionError("job " + job + " is not listed: " + response.body());
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
