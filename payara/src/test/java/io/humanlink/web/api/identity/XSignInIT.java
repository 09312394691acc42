package io.humanlink.web.api.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.humanlink.client.HumanLinkClient;
import io.humanlink.client.TokenPair;
import io.humanlink.client.UserView;
import io.humanlink.client.XAuthorization;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with X (OAuth 2.0 authorization code + PKCE, the state bound to the client that started the sign-in).
 * WireMock plays X; every stub is keyed by this test's own code or access token, so stubs of other tests never answer
 * for it.
 */
@HumanLinkIT
class XSignInIT {

    private static final String TOKEN_PATH = "/x/2/oauth2/token";
    private static final String USERINFO_PATH = "/x/2/users/me";

    private final AppUnderTest app;
    private final HumanLinkClient client;

    XSignInIT(AppUnderTest app) {
        this.app = app;
        this.client = app.client();
    }

    @Test
    void authorizationUrlAsksXForACodeWithPkce() {
        XAuthorization start = client.startXSignIn();

        assertThat(start.authorizationUrl().toString()).startsWith(app.wireMockUrl() + "/x/i/oauth2/authorize?");
        Map<String, String> query = parameters(start.authorizationUrl().getRawQuery());
        assertThat(query).containsEntry("response_type", "code")
                .containsEntry("client_id", "humanlink-x-client")
                .containsEntry("redirect_uri", app.baseUri() + "/auth/x/done")
                .containsEntry("state", start.state())
                .containsEntry("code_challenge_method", "S256");
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void everyAuthorizationHasItsOwnStateAndChallenge() {
        XAuthorization first = client.startXSignIn();
        XAuthorization second = client.startXSignIn();

        assertThat(second.state()).isNotEqualTo(first.state());
        assertThat(challenge(second)).isNotEqualTo(challenge(first));
    }

    @Test
    void callbackSignsInAndSendsTheVerifierOfTheChallenge() throws NoSuchAlgorithmException {
        XAuthorization start = client.startXSignIn();
        XUser xUser = XUser.random();
        String code = stubSuccessfulExchange(xUser);

        TokenPair tokens = client.finishXSignIn(start, code, Accounts.TERMS_VERSION);

        UserView me = client.me(tokens.accessToken());
        assertThat(me.displayName()).isEqualTo(xUser.name());
        assertThat(me.roles()).containsExactly("USER");
        LoggedRequest exchange = tokenRequest(code);
        Map<String, String> form = parameters(exchange.getBodyAsString());
        assertThat(form).containsEntry("grant_type", "authorization_code")
                .containsEntry("code", code)
                .containsEntry("redirect_uri", app.baseUri() + "/auth/x/done")
                .containsEntry("client_id", "humanlink-x-client");
        assertThat(s256(form.get("code_verifier"))).isEqualTo(challenge(start));
        assertThat(exchange.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("humanlink-x-client:x-secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sameXAccountSignsInToTheSameUser() {
        XUser xUser = XUser.random();
        String first = client.me(signIn(xUser).accessToken()).id();

        String second = client.me(signIn(xUser).accessToken()).id();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void unknownStateIsRejected() {
        String code = stubSuccessfulExchange(XUser.random());

        XAuthorization start = client.startXSignIn();

        assertProblem(() -> client.finishXSignIn(code, "never-issued-" + UUID.randomUUID(), start.binding(),
                Accounts.TERMS_VERSION), 400, "invalid-oauth-state");
    }

    @Test
    void stateWorksOnlyOnce() {
        XAuthorization start = client.startXSignIn();
        client.finishXSignIn(start, stubSuccessfulExchange(XUser.random()), Accounts.TERMS_VERSION);
        String secondCode = stubSuccessfulExchange(XUser.random());

        assertProblem(() -> client.finishXSignIn(start, secondCode, Accounts.TERMS_VERSION), 400,
                "invalid-oauth-state");
    }

    @Test
    void authorizationHandsOutABindingThatIsNotInTheUrl() {
        XAuthorization start = client.startXSignIn();

        assertThat(start.binding()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(start.state());
        assertThat(start.authorizationUrl().toString()).doesNotContain(start.binding());
        assertThat(client.startXSignIn().binding()).isNotEqualTo(start.binding());
    }

    @Test
    void callbackWithoutTheBindingIsRefused() {
        XAuthorization start = client.startXSignIn();
        String code = stubSuccessfulExchange(XUser.random());

        assertProblem(() -> client.finishXSignIn(code, start.state(), null, Accounts.TERMS_VERSION), 400,
                "invalid-oauth-state");
        assertThat(tokenRequests(code)).as("X is not asked at all").isEmpty();
    }

    @Test
    void leakedCodeAndStateWithAnotherBindingAreRefusedAndTheRightfulClientStillSignsIn() {
        XAuthorization victim = client.startXSignIn();
        XAuthorization attacker = client.startXSignIn();
        String code = stubSuccessfulExchange(XUser.random());

        assertProblem(() -> client.finishXSignIn(code, victim.state(), attacker.binding(), Accounts.TERMS_VERSION),
                400, "invalid-oauth-state");
        assertProblem(() -> client.finishXSignIn(code, victim.state(), "made-up-" + UUID.randomUUID(),
                Accounts.TERMS_VERSION), 400, "invalid-oauth-state");

        assertThat(client.finishXSignIn(victim, code, Accounts.TERMS_VERSION).accessToken()).isNotBlank();
    }

    @Test
    void expiredStatesArePurgedWhenANewOneIsIssued() throws SQLException {
        String stale = "stale-" + UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(app.database().jdbcUrl(), app.database().user(), null)) {
            try (PreparedStatement insert = db.prepareStatement("insert into oauth_states (state, provider,"
                    + " code_verifier, created_at, expires_at) values (?, 'X', 'v', ?, ?)")) {
                insert.setString(1, stale);
                insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2));
                insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
                insert.executeUpdate();
            }

            client.startXSignIn();

            try (PreparedStatement count = db.prepareStatement("select count(*) from oauth_states where state = ?")) {
                count.setString(1, stale);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    assertThat(rows.getInt(1)).isZero();
                }
            }
        }
    }

    @Test
    void parallelFirstSignInsOfOneXAccountMakeOneAccountAndNeverFail() {
        XUser xUser = XUser.random();
        int n = 6;
        List<XAuthorization> starts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            starts.add(client.startXSignIn());
            codes.add(stubSuccessfulExchange(xUser));
        }
        Set<String> accounts = ConcurrentHashMap.newKeySet();

        List<Parallel.Answer> answers = Parallel.run(n, i -> accounts.add(
                client.me(client.finishXSignIn(starts.get(i), codes.get(i), Accounts.TERMS_VERSION).accessToken())
                        .id()));

        // A loser of the race to link the new identity is told to retry (409), never answered with a 500.
        assertThat(answers).allMatch(a -> a.is(200, null) || a.is(409, "conflict"), "200 or 409 conflict");
        accounts.add(client.me(signIn(xUser).accessToken()).id());
        assertThat(accounts).hasSize(1);
    }

    @Test
    void userInfoOfTheWrongShapeIsASignInFailure() {
        XAuthorization start = client.startXSignIn();
        String code = "code-" + UUID.randomUUID();
        String accessToken = "x-access-" + UUID.randomUUID();
        stubToken(code, accessToken);
        app.wireMock().stubFor(get(urlPathEqualTo(USERINFO_PATH))
                .withHeader("Authorization", equalTo("Bearer " + accessToken))
                .willReturn(okJson("{\"data\":\"not-an-object\"}")));

        assertProblem(() -> client.finishXSignIn(start, code, Accounts.TERMS_VERSION), 401, "x-sign-in-failed");
    }

    @Test
    void codeRefusedByXIsASignInFailure() {
        XAuthorization start = client.startXSignIn();
        String code = "code-" + UUID.randomUUID();
        app.wireMock().stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("code=" + code))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the"
                                + " authorization code was invalid.\"}")));

        assertProblem(() -> client.finishXSignIn(start, code, Accounts.TERMS_VERSION), 401,
                "x-sign-in-failed");
    }

    /** An X account as {@code /2/users/me} describes it. */
    private record XUser(String id, String name, String username) {
        static XUser random() {
            String id = Long.toString(1_000_000_000L + ThreadLocalRandom.current().nextLong(9_000_000_000_000L));
            return new XUser(id, "Xavier " + id, "xavier_" + id);
        }
    }

    private TokenPair signIn(XUser xUser) {
        XAuthorization start = client.startXSignIn();
        return client.finishXSignIn(start, stubSuccessfulExchange(xUser), Accounts.TERMS_VERSION);
    }

    /** X will swap the returned code for an access token that reads as {@code xUser}. */
    private String stubSuccessfulExchange(XUser xUser) {
        String code = "code-" + UUID.randomUUID();
        String accessToken = "x-access-" + UUID.randomUUID();
        stubToken(code, accessToken);
        app.wireMock().stubFor(get(urlPathEqualTo(USERINFO_PATH))
                .withHeader("Authorization", equalTo("Bearer " + accessToken))
                .willReturn(okJson("""
                        {"data":{"id":"%s","name":"%s","username":"%s"}}
                        """.formatted(xUser.id(), xUser.name(), xUser.username()))));
        return code;
    }

    /** X will swap {@code code} for {@code accessToken}. */
    private void stubToken(String code, String accessToken) {
        app.wireMock().stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("code=" + code))
                .willReturn(okJson("""
                        {"token_type":"bearer","expires_in":7200,"access_token":"%s","scope":"users.read tweet.read"}
                        """.formatted(accessToken))));
    }

    private LoggedRequest tokenRequest(String code) {
        List<LoggedRequest> requests = tokenRequests(code);
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    private List<LoggedRequest> tokenRequests(String code) {
        return app.wireMock().findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(containing("code=" + code)));
    }

    private static String challenge(XAuthorization start) {
        return parameters(start.authorizationUrl().getRawQuery()).get("code_challenge");
    }

    /** RFC 7636 S256: BASE64URL(SHA-256(ASCII(code_verifier))), no padding. */
    private static String s256(String verifier) throws NoSuchAlgorithmException {
        assertThat(verifier).as("code_verifier").isNotNull().matches("[A-Za-z0-9._~-]{43,128}");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** Decodes {@code a=1&b=2} (a URL query or a form body). */
    private static Map<String, String> parameters(String encoded) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
