package io.humanlink.web.ws;

import java.util.UUID;

/** A frame a client sends (ARCHITECTURE §7), as {@link ClientFrames} reads it. */
sealed interface ClientFrame {

    UUID conversationId();

    /** {@code {"type":"send","conversationId":…,"clientMsgId":…,"body":…}} */
    record Send(UUID conversationId, String clientMsgId, String body) implements ClientFrame {
    }

    /** {@code {"type":"typing","conversationId":…}} */
    record Typing(UUID conversationId) implements ClientFrame {
    }

    /** {@code {"type":"read","conversationId":…,"seq":…}}: everything up to seq has been read. */
    record Read(UUID conversationId, long seq) implements ClientFrame {
    }

    /** {@code {"type":"resume","conversationId":…,"afterSeq":…}}: send me what came after afterSeq. */
    record Resume(UUID conversationId, long afterSeq) implements ClientFrame {
    }
}
