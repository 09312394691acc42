package io.humanlink.web.api.platform;

import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.batch.JobsApi;
import io.humanlink.client.Problem;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.RawHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ops API of the batch jobs: listing, starting, the refusals a client can act on, and who may use it. */
@HumanLinkIT
class AdminJobsIT {

    private static final String JOBS = "/api/v1/admin/jobs";

    private final RawHttp http;
    private final Accounts accounts;
    private final JobsApi jobs;

    AdminJobsIT(AppUnderTest app) {
        this.http = app.http();
        this.accounts = new Accounts(app);
        this.jobs = new JobsApi(app);
    }

    @Test
    void managerSeesBothJobs() {
        HttpResponse<String> response = http.get(JOBS, "Authorization", "Bearer " + accounts.managerToken());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(RawHttp.json(response).getJsonArray("jobs")).extracting(v -> v.asJsonObject().getString("name"))
                .containsExactly("nightly-matching", "retention-rematch");
        assertThat(RawHttp.json(response).getJsonArray("jobs")).allSatisfy(job ->
                assertThat(job.asJsonObject().getJsonArray("lastExecutions")).hasSizeLessThanOrEqualTo(10));
    }

    @Test
    void startWithoutBodyRunsWithDefaultsAndAFinishedExecutionCanNeitherBeStoppedNorRestarted() {
        long id = jobs.start("retention-rematch", null);
        JsonObject execution = jobs.awaitCompleted(id);

        assertThat(execution.getJsonObject("parameters")).containsOnlyKeys("runDate", "chunkSize");
        assertThat(execution.getJsonObject("parameters").getString("runDate"))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(execution.getJsonObject("parameters").getString("chunkSize")).isEqualTo("200");
        assertThat(execution.getJsonNumber("itemsWritten").longValue()).isNotNegative();
        assertProblem(jobs.stop(id), 409, "job-execution-not-running");
        assertProblem(jobs.restart(id), 409, "job-execution-not-restartable");
        assertThat(listedExecutionIds("retention-rematch")).first().isEqualTo(id);
    }

    @Test
    void badParametersAreValidationProblemsAndStartNothing() {
        List<Long> before = listedExecutionIds("nightly-matching");

        Problem zero = assertProblem(start("nightly-matching", "{\"parameters\":{\"chunkSize\":0}}"), 400,
                "validation");
        assertThat(zero.errors()).extracting(Problem.FieldError::field).containsExactly("parameters.chunkSize");
        assertProblem(start("nightly-matching", "{\"parameters\":{\"chunkSize\":\"ten\"}}"), 400, "validation");
        assertProblem(start("nightly-matching", "{\"parameters\":{\"chunkSize\":100000}}"), 400, "validation");
        assertProblem(start("nightly-matching", "{\"parameters\":{\"chunkSize\":2.5}}"), 400, "validation");
        assertProblem(start("nightly-matching", "{\"parameters\":{\"runDate\":\"2026-02-30\"}}"), 400,
                "validation");
        assertProblem(start("nightly-matching", "{\"parameters\":{\"partitions\":17}}"), 400, "validation");
        assertProblem(start("nightly-matching", "{\"parameters\":{\"threads\":4}}"), 400, "validation");
        assertProblem(start("retention-rematch", "{\"parameters\":{\"partitions\":2}}"), 400, "validation");
        assertProblem(start("nightly-matching", "{\"parameters\":[1,2]}"), 400, "validation");
        assertProblem(start("nightly-matching", "{\"params\":{}}"), 400, "malformed-request");
        assertProblem(start("nightly-matching", "{\"parameters\":"), 400, "malformed-request");
        assertProblem(start("nightly-matching", "[]"), 400, "malformed-request");

        assertThat(listedExecutionIds("nightly-matching")).as("nothing was started").isEqualTo(before);
    }

    @Test
    void unknownJobsAndExecutionsAreNotFound() {
        assertProblem(start("no-such-job", null), 404, "not-found");
        assertProblem(jobs.get(JOBS + "/executions/987654321"), 404, "not-found");
        assertProblem(jobs.stop(987654321), 404, "not-found");
        assertProblem(jobs.restart(987654321), 404, "not-found");
        assertProblem(jobs.get(JOBS + "/executions/not-a-number"), 404, "not-found");
    }

    @Test
    void plainUserIsForbidden() {
        String user = accounts.signUpAndLogIn().accessToken();

        assertProblem(http.get(JOBS, "Authorization", "Bearer " + user), 403, "forbidden");
        assertProblem(http.send("POST", JOBS + "/nightly-matching/start", null, null, "Authorization",
                "Bearer " + user), 403, "forbidden");
        assertProblem(http.get(JOBS + "/executions/1", "Authorization", "Bearer " + user), 403, "forbidden");
        assertProblem(http.send("POST", JOBS + "/executions/1/stop", null, null, "Authorization", "Bearer " + user),
                403, "forbidden");
        assertProblem(http.send("POST", JOBS + "/executions/1/restart", null, null, "Authorization",
                "Bearer " + user), 403, "forbidden");
    }

    @Test
    void anonymousIsUnauthorized() {
        assertProblem(http.get(JOBS), 401, "unauthorized");
        assertProblem(http.send("POST", JOBS + "/nightly-matching/start", null, null), 401, "unauthorized");
        assertProblem(http.get(JOBS + "/executions/1"), 401, "unauthorized");
        assertProblem(http.send("POST", JOBS + "/executions/1/restart", null, null), 401, "unauthorized");
    }

    private HttpResponse<String> start(String job, String body) {
        return jobs.post(JOBS + "/" + job + "/start", body);
    }

    private List<Long> listedExecutionIds(String job) {
        HttpResponse<String> response = jobs.get(JOBS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RawHttp.json(response).getJsonArray("jobs").stream().map(JsonValue::asJsonObject)
                .filter(entry -> entry.getString("name").equals(job)).findFirst().orElseThrow()
                .getJsonArray("lastExecutions").stream()
                .map(e -> e.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
