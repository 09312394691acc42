package io.humanlink.chat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a message must look like before it is stored: a non-blank body (no NUL) within the byte limit, and a
 * clientMsgId of 1 to 64 letters, digits or {@code . _ : -}.
 */
public final class MessageRules {

    private static final Pattern CLIENT_MSG_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final int maxBodyBytes;

    public MessageRules(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Why the send is refused before storing, if it is. */
    public Optional<Refusal> check(String clientMsgId, String body) {
        if (clientMsgId == null || !CLIENT_MSG_ID.matcher(clientMsgId).matches()) {
            return Optional.of(Refusal.INVALID_MESSAGE);
        }
        return checkBody(body);
    }

    public Optional<Refusal> checkBody(String body) {
        // PostgreSQL text cannot hold NUL; refuse it here rather than fail the transaction.
        if (body == null || body.isBlank() || body.indexOf('\0') >= 0) {
            return Optional.of(Refusal.INVALID_MESSAGE);
        }
        // A char is at most 3 UTF-8 bytes (a surrogate pair, 2 chars, is 4): count exactly only near the limit.
        if (body.length() * 3L > maxBodyBytes && body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            return Optional.of(Refusal.TOO_LARGE);
        }
        return Optional.empty();
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }
}
