package io.humanlink.web.api.sessions;

import io.humanlink.web.platform.AppUnderTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays Twilio calling our room status webhook: form-encoded parameters signed the way Twilio documents it
 * (HMAC-SHA1 with the account's auth token over the URL followed by each parameter name and value, sorted by name),
 * computed here independently of the SDK the app verifies with.
 */
public final class TwilioCallbacks {

    /** The test profile's auth token (humanlink.twilio.auth-token). */
    static final String AUTH_TOKEN = "test-twilio-auth-token-not-a-real-one";

    private final AppUnderTest app;
    private final HttpClient http = HttpClient.newHttpClient();

    public TwilioCallbacks(AppUnderTest app) {
        this.app = app;
    }

    public String url() {
        return app.baseUri() + "/api/v1/hooks/twilio/video";
    }

    public HttpResponse<String> post(Map<String, String> parameters, String signature) {
        String body = parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postSigned(Map<String, String> parameters) {
        return post(parameters, sign(url(), parameters));
    }

    public static String sign(String url, Map<String, String> parameters) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> roomEvent(String event, String sessionId, String roomSid, int sequence,
                                         String timestamp) {
        Map<String, String> p = new TreeMap<>();
        p.put("AccountSid", "ACtest0000000000000000000000000000");
        p.put("StatusCallbackEvent", event);
        p.put("RoomSid", roomSid);
        p.put("RoomName", "session-" + sessionId);
        p.put("RoomType", "group");
        p.put("Timestamp", timestamp);
        p.put("SequenceNumber", Integer.toString(sequence));
        return p;
    }
}
