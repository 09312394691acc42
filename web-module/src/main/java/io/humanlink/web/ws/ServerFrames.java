package io.humanlink.web.ws;

import io.humanlink.chat.ChatMessage;
import io.humanlink.platform.Jsonp;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

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
 * A message frame is written once and the same text goes to every recipient.
 */
final class ServerFrames {

    private ServerFrames() {
    }

    static String ack(UUID conversationId, String clientMsgId, long seq, Instant sentAt, boolean duplicate) {
        return write("ack", g -> g.write("conversationId", conversationId.toString()).write("clientMsgId", clientMsgId)
                .write("seq", seq).write("sentAt", sentAt.toString()).write("duplicate", duplicate));
    }

    static String message(ChatMessage m) {
        return write("message", g -> {
            g.write("conversationId", m.conversationId().toString()).write("seq", m.seq())
                    .write("senderId", m.senderId().toString());
            if (m.body() == null) {
                g.writeNull("body");
            } else {
                g.write("body", m.body());
            }
            g.write("sentAt", m.sentAt().toString()).write("revision", m.revision());
            if (m.editedAt() != null) {
                g.write("editedAt", m.editedAt().toString());
            }
            if (m.deleted()) {
                g.write("deleted", true);
            }
        });
    }

    static String typing(UUID conversationId, UUID userId) {
        return write("typing", g -> g.write("conversationId", conversationId.toString())
                .write("userId", userId.toString()));
    }

    static String read(UUID conversationId, UUID userId, long seq) {
        return write("read", g -> g.write("conversationId", conversationId.toString())
                .write("userId", userId.toString()).write("seq", seq));
    }

    static String presence(UUID userId, boolean online) {
        return write("presence", g -> g.write("userId", userId.toString()).write("online", online));
    }

    static String resumed(UUID conversationId, long throughSeq, boolean more) {
        return write("resumed", g -> g.write("conversationId", conversationId.toString())
                .write("throughSeq", throughSeq).write("more", more));
    }

    static String error(String code, String message) {
        return error(code, message, null, null, null);
    }

    static String error(String code, String message, String clientMsgId, UUID conversationId, Long retryAfterMs) {
        return write("error", g -> {
            g.write("code", code).write("message", message);
            if (clientMsgId != null) {
                g.write("clientMsgId", clientMsgId);
            }
            if (conversationId != null) {
                g.write("conversationId", conversationId.toString());
            }
            if (retryAfterMs != null) {
                g.write("retryAfterMs", retryAfterMs);
            }
        });
    }

    private static String write(String type, Consumer<JsonGenerator> fields) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator generator = Jsonp.PROVIDER.createGenerator(out)) {
            generator.writeStartObject().write("type", type);
            fields.accept(generator);
            generator.writeEnd();
        }
        return out.toString();
    }
}
