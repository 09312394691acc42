package io.humanlink.identity.x;

import io.humanlink.platform.Jsonp;
import io.humanlink.identity.ExternalAccount;
import io.humanlink.identity.IdentityProvider;
import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * X's OAuth 2.0 authorization-code flow with PKCE and its {@code users/me} endpoint. X publishes no maintained Java
 * SDK for OAuth 2.0 user sign-in, and the flow is two standard HTTP calls (RFC 6749 §4.1.3, RFC 7636), so it is done
 * with the JDK's HTTP client and Jakarta JSON-P rather than a third-party library.
 */
@ApplicationScoped
public class XOAuthClient {

    private static final Logger LOG = Logger.getLogger(XOAuthClient.class.getName());

    @Inject
    @ConfigProperty(name = "humanlink.x.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "humanlink.x.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "humanlink.x.authorize-url", defaultValue = "https://x.com/i/oauth2/authorize")
    String authorizeUrl;

    @Inject
    @ConfigProperty(name = "humanlink.x.token-url", defaultValue = "https://api.x.com/2/oauth2/token")
    String tokenUrl;

    @Inject
    @ConfigProperty(name = "humanlink.x.userinfo-url", defaultValue = "https://api.x.com/2/users/me")
    String userInfoUrl;

    @Inject
    @ConfigProperty(name = "humanlink.x.redirect-uri")
    String redirectUri;

    @Inject
    @ConfigProperty(name = "humanlink.x.scopes", defaultValue = "users.read tweet.read")
    String scopes;

    @Inject
    @ConfigProperty(name = "humanlink.x.timeout", defaultValue = "PT10S")
    Duration timeout;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public String authorizationUrl(String state, String codeChallenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("scope", scopes);
        query.put("state", state);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        return authorizeUrl + (authorizeUrl.contains("?") ? "&" : "?") + form(query);
    }

    /** Trades the code for an access token, then asks X who the person is. */
    public ExternalAccount exchange(String code, String codeVerifier) {
        if (code == null || code.isBlank() || code.length() > 2048) {
            throw failed("No authorization code was given.");
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", codeVerifier);
        body.put("client_id", clientId);
        HttpRequest.Builder tokenRequest = HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body)));
        clientSecret.filter(s -> !s.isBlank()).ifPresent(secret -> tokenRequest.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8))));
        JsonObject token = call(tokenRequest.build(), "token");
        String accessToken = token.getString("access_token", null);
        if (accessToken == null) {
            throw failed("X returned no access token.");
        }
        JsonObject me = call(HttpRequest.newBuilder(URI.create(userInfoUrl)).timeout(timeout)
                .header("Authorization", "Bearer " + accessToken).GET().build(), "users/me");
        // Whatever X sends, a body of the wrong shape is a failed sign-in, never a 500.
        JsonObject data = me.get("data") instanceof JsonObject object ? object : null;
        if (data == null || data.getString("id", null) == null) {
            throw failed("X returned no user.");
        }
        String name = data.getString("name", data.getString("username", null));
        String email = data.getString("confirmed_email", null);
        return new ExternalAccount(IdentityProvider.X, data.getString("id"), email, name);
    }

    private JsonObject call(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                LOG.warning(() -> "X " + what + " answered " + response.statusCode());
                throw failed("X refused the sign-in (" + what + ": HTTP " + response.statusCode() + ").");
            }
            try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException | jakarta.json.JsonException | ClassCastException e) {
            throw failed("X could not be reached or answered nonsense (" + what + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("Interrupted while talking to X.");
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static DomainException failed(String detail) {
        return new DomainException(401, "x-sign-in-failed", "X sign-in failed", detail);
    }
}
