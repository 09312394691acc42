package io.humanlink.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What operations and API consumers rely on besides the API itself: health, the live OpenAPI document, request ids. */
@HumanLinkIT
class HealthAndOpenApiIT {

    private final AppUnderTest app;

    HealthAndOpenApiIT(AppUnderTest app) {
        this.app = app;
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = app.http().get("/health/live");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(RawHttp.json(response).getString("status")).isEqualTo("UP");
    }

    @Test
    void readinessIsUpAndIncludesTheDatabase() {
        HttpResponse<String> response = app.http().get("/health/ready");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject health = RawHttp.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        List<JsonObject> checks = health.getJsonArray("checks").getValuesAs(JsonValue::asJsonObject);
        assertThat(checks).filteredOn(check -> check.getString("name").equals("database"))
                .singleElement().satisfies(check -> assertThat(check.getString("status")).isEqualTo("UP"));
    }

    @Test
    void openApiDocumentDescribesLogin() {
        HttpResponse<String> response = app.http().get("/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/auth/login");
    }

    @Test
    void everyApiAnswerCarriesItsOwnRequestId() {
        List<HttpResponse<String>> answers = List.of(
                app.http().get("/api/v1/users/me"),
                app.http().get("/api/v1/no-such-thing"),
                app.http().postJson("/api/v1/auth/signup", """
                        {"email":"%s","password":"%s","displayName":"Ana","timeZone":"UTC","termsVersion":"%s"}"""
                        .formatted(Accounts.uniqueEmail(), Accounts.PASSWORD, Accounts.TERMS_VERSION)));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(401, 404, 201);
        List<String> ids = answers.stream()
                .map(answer -> answer.headers().firstValue("X-Request-Id").orElse("")).toList();
        assertThat(ids).allSatisfy(id -> assertThat(id).isNotBlank()).doesNotHaveDuplicates();
    }

    @Test
    void requestIdSentByTheClientIsEchoedInHeaderAndProblem() {
        String requestId = "it-" + UUID.randomUUID();

        HttpResponse<String> response = app.http().get("/api/v1/no-such-thing", "X-Request-Id", requestId);

        assertThat(response.headers().firstValue("X-Request-Id")).contains(requestId);
        assertThat(RawHttp.problem(response).requestId()).isEqualTo(requestId);
    }
}
