package io.humanlink.sessions.twilio;

import static io.humanlink.sessions.twilio.TwilioFixtures.AUTH_TOKEN;
import static io.humanlink.sessions.twilio.TwilioFixtures.CALLBACK_URL;
import static io.humanlink.sessions.twilio.TwilioFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.platform.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    private final TwilioSignature signature = signature();

    private final Map<String, List<String>> callback = form(
            "StatusCallbackEvent", "participant-connected",
            "RoomSid", "RM0123456789abcdef0123456789abcdef",
            "RoomName", "session-3b0f7a9c",
            "ParticipantSid", "PA0123456789abcdef0123456789abcdef",
            "ParticipantIdentity", "6f1c2f0e-8d3a-4c55",
            "Timestamp", "2026-03-01T18:00:05.123Z",
            "SequenceNumber", "3");

    @Test
    void twiliosSignatureOverUrlAndSortedParametersIsAccepted() {
        String signed = twilioSignature(AUTH_TOKEN, CALLBACK_URL, callback);

        assertThat(signature.matches(CALLBACK_URL, callback, signed)).isTrue();
        assertThatCode(() -> signature.verify(CALLBACK_URL, callback, signed)).doesNotThrowAnyException();
    }

    @Test
    void tamperedParameterIsRefused() {
        String signed = twilioSignature(AUTH_TOKEN, CALLBACK_URL, callback);
        Map<String, List<String>> tampered = new LinkedHashMap<>(callback);
        tampered.put("ParticipantIdentity", List.of("someone-else"));

        assertThat(signature.matches(CALLBACK_URL, tampered, signed)).isFalse();
        assertRefused(() -> signature.verify(CALLBACK_URL, tampered, signed));
    }

    @Test
    void addedOrRemovedParameterIsRefused() {
        String signed = twilioSignature(AUTH_TOKEN, CALLBACK_URL, callback);
        Map<String, List<String>> added = new LinkedHashMap<>(callback);
        added.put("RoomDuration", List.of("60"));
        Map<String, List<String>> removed = new LinkedHashMap<>(callback);
        removed.remove("SequenceNumber");

        assertThat(signature.matches(CALLBACK_URL, added, signed)).isFalse();
        assertThat(signature.matches(CALLBACK_URL, removed, signed)).isFalse();
    }

    @Test
    void signatureForAnotherUrlIsRefused() {
        String signedElsewhere = twilioSignature(AUTH_TOKEN, "https://evil.example/api/v1/hooks/twilio/video", callback);

        assertThat(signature.matches(CALLBACK_URL, callback, signedElsewhere)).isFalse();
        assertThat(signature.matches(CALLBACK_URL + "?x=1", callback, twilioSignature(AUTH_TOKEN, CALLBACK_URL,
                callback))).isFalse();
    }

    @Test
    void signatureUnderAnotherAuthTokenIsRefused() {
        String forged = twilioSignature("fedcba9876543210fedcba9876543210", CALLBACK_URL, callback);

        assertThat(signature.matches(CALLBACK_URL, callback, forged)).isFalse();
    }

    @Test
    void missingSignatureIsRefused() {
        assertThat(signature.matches(CALLBACK_URL, callback, null)).isFalse();
        assertRefused(() -> signature.verify(CALLBACK_URL, callback, null));
        assertRefused(() -> signature.verify(CALLBACK_URL, callback, ""));
    }

    @Test
    void repeatedParameterIsRefusedEvenWhenSigned() {
        Map<String, List<String>> repeated = new LinkedHashMap<>(callback);
        repeated.put("RoomName", List.of("session-a", "session-b"));

        assertThat(signature.matches(CALLBACK_URL, repeated, twilioSignature(AUTH_TOKEN, CALLBACK_URL, repeated)))
                .isFalse();
    }

    private static void assertRefused(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.slug()).isEqualTo("invalid-signature");
        });
    }

    /**
     * Twilio's algorithm, written out independently of the SDK: HMAC-SHA1 keyed by the auth token over the URL
     * followed by each parameter's name and value(s), names sorted; Base64.
     */
    private static String twilioSignature(String authToken, String url, Map<String, List<String>> form) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, values) -> values.stream().sorted()
                .forEach(value -> data.append(name).append(value)));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TwilioSignature signature() {
        TwilioSignature signature = new TwilioSignature();
        signature.settings = TwilioFixtures.settings();
        return signature;
    }
}
