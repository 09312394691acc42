package io.humanlink.web.platform;

import static io.humanlink.web.platform.Accounts.PASSWORD;
import static io.humanlink.web.platform.Accounts.TERMS_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.Problem;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Client mistakes get a 4xx RFC 9457 problem with our stable type, never a 5xx: each case sends one mistake and names
 * the status, problem type and (for validation) the fields the answer must point at.
 */
@HumanLinkIT
class ProblemDetailsIT {

    private static final String SIGNUP = "/api/v1/auth/signup";
    private static final String JSON = "application/json";

    private final AppUnderTest app;
    private final Accounts accounts;

    ProblemDetailsIT(AppUnderTest app) {
        this.app = app;
        this.accounts = new Accounts(app);
    }

    /** One bad request and the answer it must get; {@code names} must appear in the problem's fields or detail. */
    record Mistake(String name, String method, String path, String contentType, String body, boolean asAdmin,
                   int status, String slug, List<String> fields, String names) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Mistake> mistakes() {
        return Stream.of(
                signup("malformed JSON", "{\"email\": \"a@example.test\",", 400, "malformed-request"),
                signup("every field missing", "{}", 400, "validation", "email", "password", "displayName"),
                signup("display name of 81 characters", signupJson(email(), PASSWORD, "n".repeat(81), "UTC",
                        TERMS_VERSION), 400, "validation", "displayName"),
                signup("empty display name", signupJson(email(), PASSWORD, "", "UTC", TERMS_VERSION), 400,
                        "validation", "displayName"),
                signup("email without an at sign", signupJson("not-an-email", PASSWORD, "Ana", "UTC",
                        TERMS_VERSION), 400, "validation", "email"),
                signup("email of 330 characters", signupJson("u" + "x".repeat(310) + "@example.test", PASSWORD,
                        "Ana", "UTC", TERMS_VERSION), 400, "validation", "email"),
                signup("password of 9 characters", signupJson(email(), "Abcdefg-1", "Ana", "UTC", TERMS_VERSION),
                        400, "validation", "password"),
                signup("password of 129 characters", signupJson(email(), "Aa-1" + "z".repeat(125), "Ana", "UTC",
                        TERMS_VERSION), 400, "validation", "password"),
                signup("common password", signupJson(email(), "password123", "Ana", "UTC", TERMS_VERSION), 400,
                        "validation", "password"),
                signup("password of letters only", signupJson(email(), "OnlyLettersHere", "Ana", "UTC",
                        TERMS_VERSION), 400, "validation", "password"),
                passwordWithLocalPart(),
                signup("unknown time zone", signupJson(email(), PASSWORD, "Ana", "Mars/Olympus_Mons",
                        TERMS_VERSION), 400, "validation", "timeZone"),
                signup("outdated terms version", signupJson(email(), PASSWORD, "Ana", "UTC", "2025-01"), 400,
                        "validation", "termsVersion"),
                new Mistake("unknown field", "POST", SIGNUP, JSON, signupJson(email(), PASSWORD, "Ana", "UTC",
                        TERMS_VERSION).replaceFirst("\\{", "{\"isAdmin\":true,"), false, 400, "malformed-request",
                        List.of(), "isAdmin"),
                new Mistake("wrong content type", "POST", SIGNUP, "text/plain", signupJson(email(), PASSWORD, "Ana",
                        "UTC", TERMS_VERSION), false, 415, "unsupported-media-type", List.of(), null),
                new Mistake("empty body", "POST", SIGNUP, JSON, null, false, 400, "validation", List.of(), null),
                new Mistake("unknown route", "GET", "/api/v1/no-such-thing", null, null, false, 404, "not-found",
                        List.of(), null),
                new Mistake("wrong method", "DELETE", "/api/v1/auth/login", null, null, false, 405,
                        "method-not-allowed", List.of(), null),
                new Mistake("login without password", "POST", "/api/v1/auth/login", JSON,
                        "{\"email\":\"" + email() + "\"}", false, 400, "validation", List.of("password"), null),
                new Mistake("refresh without token", "POST", "/api/v1/auth/refresh", JSON, "{}", false, 400,
                        "validation", List.of("refreshToken"), null),
                admin("cursor that was never issued", "/api/v1/admin/users?cursor=not-a-real-cursor", "cursor"),
                admin("limit of zero", "/api/v1/admin/users?limit=0", "limit"),
                admin("negative limit", "/api/v1/admin/users?limit=-5", "limit"),
                admin("limit that is not a number", "/api/v1/admin/users?limit=ten", "limit"),
                admin("cursor of friend applications that was never issued",
                        "/api/v1/admin/friend-applications?status=PENDING&cursor=%21%21garbage", "cursor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistakeGetsItsProblem(Mistake mistake) {
        HttpResponse<String> response = send(mistake.method(), mistake.path(), mistake.contentType(), mistake.body(),
                mistake.asAdmin());

        Problem problem = Problems.assertProblem(response, mistake.status(), mistake.slug());

        assertThat(problem.fields()).as(response.body()).containsAll(mistake.fields());
        if (mistake.names() != null) {
            assertThat(problem.fields().contains(mistake.names()) || String.valueOf(problem.detail())
                    .contains(mistake.names())).as(response.body() + " names " + mistake.names()).isTrue();
        }
        assertWellFormed(response, problem);
    }

    /** Inputs whose exact problem type is the server's choice: still a 4xx problem, never a 5xx. */
    static Stream<Mistake> oddities() {
        return Stream.of(
                oddity("JSON array instead of an object", "POST", SIGNUP, "[]"),
                oddity("JSON null", "POST", SIGNUP, "null"),
                oddity("JSON string", "POST", SIGNUP, "\"hello\""),
                oddity("object where text belongs", "POST", "/api/v1/auth/login",
                        "{\"email\":{\"$ne\":null},\"password\":\"x\"}"),
                oddity("deeply nested JSON", "POST", SIGNUP, "[".repeat(5000) + "]".repeat(5000)),
                oddity("display name of 100000 characters", "POST", SIGNUP, signupJson(email(), PASSWORD,
                        "n".repeat(100_000), "UTC", TERMS_VERSION)),
                oddity("invalid UTF-8 escape", "POST", SIGNUP, "{\"email\":\"\\uZZZZ\"}"),
                oddity("user id that is not a UUID", "GET", "/api/v1/users/not-a-uuid", null),
                oddity("unknown friend application status", "GET",
                        "/api/v1/admin/friend-applications?status=MAYBE", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddities")
    void oddInputGetsA4xxProblem(Mistake oddity) {
        HttpResponse<String> response = send(oddity.method(), oddity.path(), oddity.contentType(), oddity.body(),
                oddity.asAdmin());

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(RawHttp.mediaType(response)).as(response.body()).isEqualTo("application/problem+json");
        Problem problem = RawHttp.problem(response);
        assertThat(problem.type()).as(response.body()).startsWith(Problem.TYPE_PREFIX);
        assertThat(problem.status()).isEqualTo(response.statusCode());
        assertWellFormed(response, problem);
    }

    private void assertWellFormed(HttpResponse<String> response, Problem problem) {
        assertThat(problem.title()).as(response.body()).isNotBlank();
        assertThat(problem.detail()).as(response.body()).isNotBlank();
        assertThat(problem.requestId()).as(response.body()).isNotBlank();
        assertThat(response.headers().firstValue("X-Request-Id")).contains(problem.requestId());
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, boolean asAdmin) {
        List<String> headers = new ArrayList<>(List.of("X-Forwarded-For", AppUnderTest.randomClientAddress()));
        if (asAdmin) {
            headers.addAll(List.of("Authorization", "Bearer " + accounts.adminToken()));
        }
        return app.http().send(method, path, contentType, body, headers.toArray(String[]::new));
    }

    private static Mistake signup(String name, String body, int status, String slug, String... fields) {
        return new Mistake(name, "POST", SIGNUP, JSON, body, false, status, slug, List.of(fields), null);
    }

    private static Mistake admin(String name, String path, String field) {
        return new Mistake(name, "GET", path, null, null, true, 400, "validation", List.of(field), null);
    }

    private static Mistake oddity(String name, String method, String path, String body) {
        boolean admin = path.startsWith("/api/v1/admin/") || path.startsWith("/api/v1/users/");
        return new Mistake(name, method, path, body == null ? null : JSON, body, admin, 0, null, List.of(), null);
    }

    private static Mistake passwordWithLocalPart() {
        String local = "walter" + UUID.randomUUID().toString().substring(0, 8);
        return signup("password containing the email's local part", signupJson(local + "@example.test",
                "Zq-" + local + "-42", "Ana", "UTC", TERMS_VERSION), 400, "validation", "password");
    }

    private static String email() {
        return Accounts.uniqueEmail();
    }

    private static String signupJson(String email, String password, String displayName, String timeZone,
                                     String termsVersion) {
        return """
                {"email":"%s","password":"%s","displayName":"%s","timeZone":"%s","termsVersion":"%s"}"""
                .formatted(email, password, displayName, timeZone, termsVersion);
    }
}
