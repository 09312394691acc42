package io.humanlink.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a local stub server: what goes over the wire, and how answers are mapped. */
class HumanLinkClientTest {

    private record Seen(String method, String uri, String authorization, String contentType, String forwardedFor,
                        String body) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private int answerStatus;
    private String answerBody;
    private String answerContentType;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        var headers = exchange.getRequestHeaders();
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                headers.getFirst("Authorization"), headers.getFirst("Content-Type"),
                headers.getFirst("X-Forwarded-For"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        byte[] body = answerBody == null ? new byte[0] : answerBody.getBytes(StandardCharsets.UTF_8);
        if (answerContentType != null) {
            exchange.getResponseHeaders().add("Content-Type", answerContentType);
        }
        exchange.getResponseHeaders().add("Retry-After", "7");
        exchange.sendResponseHeaders(answerStatus, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private void willAnswer(int status, String contentType, String body) {
        answerStatus = status;
        answerContentType = contentType;
        answerBody = body;
    }

    private HumanLinkClient client() {
        return new HumanLinkClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @Test
    void loginPostsCredentialsAsJsonAndReadsTheTokenPair() {
        willAnswer(200, "application/json",
                "{\"accessToken\":\"a\",\"refreshToken\":\"r\",\"expiresIn\":900,\"tokenType\":\"Bearer\"}");

        TokenPair pair = client().login("ana@example.test", "pw-1234567890");

        assertThat(pair).isEqualTo(new TokenPair("a", "r", 900, "Bearer"));
        Seen request = seen.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri()).isEqualTo("/api/v1/auth/login");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.authorization()).isNull();
        assertThat(Json.parseObject(request.body())).isEqualTo(
                Json.parseObject("{\"email\":\"ana@example.test\",\"password\":\"pw-1234567890\"}"));
    }

    @Test
    void accessTokenIsSentAsBearer() {
        willAnswer(200, "application/json", "{\"id\":\"u1\",\"displayName\":\"Ana\",\"roles\":[\"USER\"]}");

        UserView me = client().me("token-1");

        assertThat(me.id()).isEqualTo("u1");
        assertThat(seen.getFirst().method()).isEqualTo("GET");
        assertThat(seen.getFirst().uri()).isEqualTo("/api/v1/users/me");
        assertThat(seen.getFirst().authorization()).isEqualTo("Bearer token-1");
    }

    @Test
    void answerWithoutBodyIsFine() {
        willAnswer(204, null, null);

        client().logout("r-1");

        assertThat(seen.getFirst().uri()).isEqualTo("/api/v1/auth/logout");
        assertThat(Json.parseObject(seen.getFirst().body())).isEqualTo(Json.parseObject("{\"refreshToken\":\"r-1\"}"));
    }

    @Test
    void problemAnswerThrowsWithStatusProblemAndHeaders() {
        willAnswer(429, "application/problem+json", """
                {"type":"https://humanlink.io/problems/login-throttled","title":"Too many attempts","status":429,
                 "detail":"Try again later"}
                """);

        ApiProblemException e = catchThrowableOfType(ApiProblemException.class,
                () -> client().login("ana@example.test", "pw"));

        assertThat(e.status()).isEqualTo(429);
        assertThat(e.slug()).isEqualTo("login-throttled");
        assertThat(e.problem().detail()).isEqualTo("Try again later");
        assertThat(e.header("retry-after")).contains("7");
        assertThat(e.getMessage()).contains("429").contains("login-throttled");
    }

    @Test
    void nonProblemErrorStillThrowsWithTheRawBody() {
        willAnswer(502, "text/html", "<html>Bad gateway</html>");

        ApiProblemException e = catchThrowableOfType(ApiProblemException.class, () -> client().me("t"));

        assertThat(e.status()).isEqualTo(502);
        assertThat(e.slug()).isNull();
        assertThat(e.body()).isEqualTo("<html>Bad gateway</html>");
    }

    @Test
    void extraHeaderGoesOnEveryRequestOfThatClientOnly() {
        willAnswer(202, null, null);
        HumanLinkClient plain = client();

        plain.withHeader("X-Forwarded-For", "10.1.2.3").requestPasswordReset("a@example.test");
        plain.requestPasswordReset("b@example.test");

        assertThat(seen).extracting(Seen::forwardedFor).containsExactly("10.1.2.3", null);
    }

    @Test
    void adminListingSendsOnlyTheGivenQueryParameters() {
        willAnswer(200, "application/json", "{\"items\":[],\"nextCursor\":null}");

        client().users("admin-token", "ana smith", 2, null);
        client().friendApplications("admin-token", "PENDING", null, "c/1");

        assertThat(seen).extracting(Seen::uri).containsExactly("/api/v1/admin/users?q=ana+smith&limit=2",
                "/api/v1/admin/friend-applications?status=PENDING&cursor=c%2F1");
    }

    @Test
    void setRolesPutsTheRoleList() {
        willAnswer(200, "application/json", "{\"id\":\"u1\",\"roles\":[\"USER\",\"MANAGER\"]}");

        UserView user = client().setRoles("admin-token", "u1", List.of("USER", "MANAGER"));

        assertThat(user.roles()).containsExactlyInAnyOrder("USER", "MANAGER");
        assertThat(seen.getFirst().method()).isEqualTo("PUT");
        assertThat(seen.getFirst().uri()).isEqualTo("/api/v1/admin/users/u1/roles");
        assertThat(Json.parseObject(seen.getFirst().body())).isEqualTo(
                Json.parseObject("{\"roles\":[\"USER\",\"MANAGER\"]}"));
    }
}
