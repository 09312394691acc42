package io.humanlink.web.ws;

import io.humanlink.chat.ChatMessage;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the frames the server sends (ARCHITECTURE §7), each a JSON object with a {@code type}:
 * <ul>
 *   <li>{@code ack {conversationId, clientMsgId, seq, sentAt, duplicate}}: the send is committed as seq;</li>
 *   <li>{@code message {conversationId, seq, senderId, body, sentAt, revision[, editedAt][, deleted]}}: a message, or a
 *       newer revision of one (body null once deleted);</li>
 *   <li>{@code typing {conversationId, userId}}, {@code read {conversationId, userId, seq}},
 *       {@code presence {userId, online}};</li>
 *   <li>{@code resumed {conversationId, throughSeq, more}}: the replay a resume asked for is complete;</li>
 *   <li>{@code error {code, message[, clientMsgId][, conversationId][, retryAfterMs]}}.</li>
 * </ul>
 * A message frame is written once and the same text goes to every recipient. Only this class writes them, so the
 * JSON is written by hand ({@link Frame}); ServerFramesTest checks it against JSON-P.
 */
final class ServerFrames {

    private ServerFrames() {
    }

    static String ack(UUID conversationId, String clientMsgId, long seq, Instant sentAt, boolean duplicate) {
        return new Frame("ack").field("conversationId", conversationId).field("clientMsgId", clientMsgId)
                .field("seq", seq).field("sentAt", sentAt).field("duplicate", duplicate).end();
    }

    static String message(ChatMessage m) {
        Frame frame = new Frame("message").field("conversationId", m.conversationId()).field("seq", m.seq())
                .field("senderId", m.senderId()).field("body", m.body()).field("sentAt", m.sentAt())
                .field("revision", m.revision());
        if (m.editedAt() != null) {
            frame.field("editedAt", m.editedAt());
        }
        if (m.deleted()) {
            frame.field("deleted", true);
        }
        return frame.end();
    }

    static String typing(UUID conversationId, UUID userId) {
        return new Frame("typing").field("conversationId", conversationId).field("userId", userId).end();
    }

    static String read(UUID conversationId, UUID userId, long seq) {
        return new Frame("read").field("conversationId", conversationId).field("userId", userId).field("seq", seq)
                .end();
    }

    static String presence(UUID userId, boolean online) {
        return new Frame("presence").field("userId", userId).field("online", online).end();
    }

    static String resumed(UUID conversationId, long throughSeq, boolean more) {
        return new Frame("resumed").field("conversationId", conversationId).field("throughSeq", throughSeq)
                .field("more", more).end();
    }

    static String error(String code, String message) {
        return error(code, message, null, null, null);
    }

    static String error(String code, String message, String clientMsgId, UUID conversationId, Long retryAfterMs) {
        Frame frame = new Frame("error").field("code", code).field("message", message);
        if (clientMsgId != null) {
            frame.field("clientMsgId", clientMsgId);
        }
        if (conversationId != null) {
            frame.field("conversationId", conversationId);
        }
        if (retryAfterMs != null) {
            frame.field("retryAfterMs", retryAfterMs.longValue());
        }
        return frame.end();
    }

    /**
     * One frame's JSON text, written straight into a builder: two of these go out per chat message, and a JSON-P
     * generator per frame (writer, generator, context stack) cost more than the text itself. Field names are this
     * class's constants (nothing to escape); string values are escaped as JSON-P escapes them ({@code "}, {@code \},
     * and control characters; everything else as it is).
     */
    static final class Frame {

        private static final char[] HEX = "0123456789abcdef".toCharArray();

        private final StringBuilder out = new StringBuilder(192);

        Frame(String type) {
            out.append("{\"type\":\"").append(type).append('"');
        }

        Frame field(String name, String value) {
            name(name);
            if (value == null) {
                out.append("null");
            } else {
                string(value);
            }
            return this;
        }

        Frame field(String name, UUID value) {
            name(name);
            out.append('"').append(value).append('"');
            return this;
        }

        Frame field(String name, Instant value) {
            name(name);
            out.append('"').append(value).append('"');
            return this;
        }

        Frame field(String name, long value) {
            name(name);
            out.append(value);
            return this;
        }

        Frame field(String name, boolean value) {
            name(name);
            out.append(value);
            return this;
        }

        String end() {
            return out.append('}').toString();
        }

        private void name(String name) {
            out.append(",\"").append(name).append("\":");
        }

        private void string(String value) {
            out.append('"');
            int plain = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c >= 0x20 && c != '"' && c != '\\') {
                    continue;
                }
                out.append(value, plain, i);
                plain = i + 1;
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                }
            }
            out.append(value, plain, value.length()).append('"');
        }
    }
}
