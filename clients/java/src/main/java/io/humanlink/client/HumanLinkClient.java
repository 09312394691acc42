package io.humanlink.client;

import static io.humanlink.client.ApiTransport.query;
import static io.humanlink.client.ApiTransport.segment;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * Typed calls to the HumanLink API over {@link HttpClient}. Immutable and thread-safe; every call that gets a non-2xx
 * answer throws {@link ApiProblemException}, and a transport failure throws {@link java.io.UncheckedIOException}.
 * An {@code accessToken} argument of {@code null} sends the request without credentials.
 */
public final class HumanLinkClient {

    private final ApiTransport api;

    /** @param baseUrl scheme, host and port, e.g. {@code http://localhost:8080}; the client adds {@code /api/v1}. */
    public HumanLinkClient(URI baseUrl) {
        this(baseUrl, HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    /** Shares {@code http} (its connections and threads) with whoever else uses it; it should not follow redirects. */
    public HumanLinkClient(URI baseUrl, HttpClient http) {
        this(new ApiTransport(http, baseUrl, Map.of()));
    }

    private HumanLinkClient(ApiTransport api) {
        this.api = api;
    }

    /** A client that sends one more header on every request (e.g. {@code X-Forwarded-For}, {@code X-Request-Id}). */
    public HumanLinkClient withHeader(String name, String value) {
        return new HumanLinkClient(api.withHeader(name, value));
    }

    /** {@code <baseUrl>/api/v1}. */
    public URI apiBase() {
        return api.apiBase();
    }

    // --- sign-up, sign-in, tokens -----------------------------------------------------------------------------------

    public UserView signup(SignupRequest request) {
        return UserView.fromJson(object(api.send("POST", "/auth/signup", null, request.toJson())));
    }

    public TokenPair login(String email, String password) {
        JsonObject body = Json.object().add("email", email).add("password", password).build();
        return TokenPair.fromJson(object(api.send("POST", "/auth/login", null, body)));
    }

    /** Rotates: the answer holds a new refresh token and the given one must not be used again. */
    public TokenPair refresh(String refreshToken) {
        return TokenPair.fromJson(object(api.send("POST", "/auth/refresh", null, refreshTokenBody(refreshToken))));
    }

    public void logout(String refreshToken) {
        api.send("POST", "/auth/logout", null, refreshTokenBody(refreshToken));
    }

    public void verifyEmail(String token) {
        api.send("POST", "/auth/verify-email", null, Json.object().add("token", token).build());
    }

    public void resendVerificationEmail(String accessToken) {
        api.send("POST", "/auth/verify-email/resend", accessToken, null);
    }

    /** Always accepted, whether or not the email belongs to an account. */
    public void requestPasswordReset(String email) {
        api.send("POST", "/auth/password-reset", null, Json.object().add("email", email).build());
    }

    public void confirmPasswordReset(String token, String newPassword) {
        JsonObject body = Json.object().add("token", token).add("newPassword", newPassword).build();
        api.send("POST", "/auth/password-reset/confirm", null, body);
    }

    public TokenPair signInWithGoogle(String idToken, String termsVersion) {
        JsonObject body = Json.object().add("idToken", idToken).add("termsVersion", termsVersion).build();
        return TokenPair.fromJson(object(api.send("POST", "/auth/google", null, body)));
    }

    public XAuthorization startXSignIn() {
        return XAuthorization.fromJson(object(api.send("GET", "/auth/x/authorize", null, null)));
    }

    /** Finishes the sign-in {@code start} began, with the code X returned to the redirect URI. */
    public TokenPair finishXSignIn(XAuthorization start, String code, String termsVersion) {
        return finishXSignIn(code, start.state(), start.binding(), termsVersion);
    }

    /** The callback with every part given separately; {@code binding} may be {@code null} to leave it out. */
    public TokenPair finishXSignIn(String code, String state, String binding, String termsVersion) {
        JsonObject body = Json.object().add("code", code).add("state", state).add("binding", binding)
                .add("termsVersion", termsVersion).build();
        return TokenPair.fromJson(object(api.send("POST", "/auth/x/callback", null, body)));
    }

    // --- users -------------------------------------------------------------------------------------------------------

    public UserView me(String accessToken) {
        return UserView.fromJson(object(api.send("GET", "/users/me", accessToken, null)));
    }

    public UserView updateMe(String accessToken, UserPatch patch) {
        return UserView.fromJson(object(api.send("PATCH", "/users/me", accessToken, patch.toJson())));
    }

    public PublicUserView user(String accessToken, String userId) {
        return PublicUserView.fromJson(object(api.send("GET", "/users/" + segment(userId), accessToken, null)));
    }

    // --- Friend applications -----------------------------------------------------------------------------------------

    public FriendApplication applyAsFriend(String accessToken, String motivation) {
        JsonObject body = Json.object().add("motivation", motivation).build();
        return FriendApplication.fromJson(object(api.send("POST", "/friends/applications", accessToken, body)));
    }

    public Page<FriendApplication> myFriendApplications(String accessToken) {
        JsonValue page = api.send("GET", "/friends/applications", accessToken, null);
        return Page.fromJson(object(page), FriendApplication::fromJson);
    }

    // --- administration (ADMIN, some also MANAGER) -------------------------------------------------------------------

    /** Any argument but the token may be {@code null} to leave it out. */
    public Page<FriendApplication> friendApplications(String accessToken, String status, Integer limit,
                                                      String cursor) {
        String path = "/admin/friend-applications" + query("status", status, "limit", limit, "cursor", cursor);
        return Page.fromJson(object(api.send("GET", path, accessToken, null)), FriendApplication::fromJson);
    }

    public FriendApplication approveFriendApplication(String accessToken, String applicationId) {
        String path = "/admin/friend-applications/" + segment(applicationId) + "/approve";
        return FriendApplication.fromJson(object(api.send("POST", path, accessToken, null)));
    }

    public FriendApplication rejectFriendApplication(String accessToken, String applicationId, String reason) {
        String path = "/admin/friend-applications/" + segment(applicationId) + "/reject";
        JsonObject body = Json.object().add("reason", reason).build();
        return FriendApplication.fromJson(object(api.send("POST", path, accessToken, body)));
    }

    /** Any argument but the token may be {@code null} to leave it out. */
    public Page<UserView> users(String accessToken, String q, Integer limit, String cursor) {
        String path = "/admin/users" + query("q", q, "limit", limit, "cursor", cursor);
        return Page.fromJson(object(api.send("GET", path, accessToken, null)), UserView::fromJson);
    }

    public UserView setRoles(String accessToken, String userId, Collection<String> roles) {
        JsonObject body = Json.object().add("roles", roles).build();
        return UserView.fromJson(object(api.send("PUT", "/admin/users/" + segment(userId) + "/roles", accessToken,
                body)));
    }

    public UserView suspendUser(String accessToken, String userId, String reason) {
        JsonObject body = Json.object().add("reason", reason).build();
        return UserView.fromJson(object(api.send("POST", "/admin/users/" + segment(userId) + "/suspend", accessToken,
                body)));
    }

    public UserView reactivateUser(String accessToken, String userId) {
        return UserView.fromJson(object(api.send("POST", "/admin/users/" + segment(userId) + "/reactivate",
                accessToken, null)));
    }

    private static JsonObject refreshTokenBody(String refreshToken) {
        return Json.object().add("refreshToken", refreshToken).build();
    }

    private static JsonObject object(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            throw new IllegalStateException("expected a JSON object in the answer, got " + value);
        }
        return object;
    }
}
