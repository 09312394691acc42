package io.humanlink.sessions.twilio;

import com.twilio.security.RequestValidator;
import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code X-Twilio-Signature} with the SDK's {@link RequestValidator}: HMAC-SHA1 under our auth token of the URL
 * Twilio was told to call followed by every form parameter's name and value, sorted by name. Anything else that can
 * reach the public hook is refused before a byte of it is believed. A parameter sent more than once is refused too:
 * Twilio's room callbacks never repeat one, and the SDK's validator only takes one value per name.
 */
@ApplicationScoped
public class TwilioSignature {

    public static final String HEADER = "X-Twilio-Signature";

    @Inject
    TwilioSettings settings;

    /** Whether {@code signature} is Twilio's for a POST of {@code form} to {@code url}. */
    public boolean matches(String url, Map<String, List<String>> form, String signature) {
        if (url == null || signature == null || signature.isBlank() || form == null) {
            return false;
        }
        Map<String, String> single = new HashMap<>();
        for (Map.Entry<String, List<String>> parameter : form.entrySet()) {
            List<String> values = parameter.getValue();
            if (values == null || values.size() != 1) {
                return false;
            }
            single.put(parameter.getKey(), values.get(0));
        }
        return new RequestValidator(settings.authToken()).validate(url, single, signature.strip());
    }

    /** Refuses (403 {@code invalid-signature}) a request Twilio did not sign; nothing of it may be used then. */
    public void verify(String url, Map<String, List<String>> form, String signature) {
        if (signature == null || signature.isBlank()) {
            throw invalid("The " + HEADER + " header is missing.");
        }
        if (!matches(url, form, signature)) {
            throw invalid("The " + HEADER + " header does not match the request.");
        }
    }

    private static DomainException invalid(String detail) {
        return new DomainException(403, "invalid-signature", "Invalid signature", detail);
    }
}
