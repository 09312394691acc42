package io.humanlink.chat;

import java.time.Instant;

/** What became of one {@link Send}: stored under a seq (possibly earlier, when it was a resend), or refused. */
public sealed interface SendOutcome {

    Send send();

    /** Committed as {@code seq}; {@code duplicate} when the clientMsgId had been stored before (nothing new written). */
    record Accepted(Send send, long seq, Instant sentAt, boolean duplicate) implements SendOutcome {
    }

    record Refused(Send send, Refusal refusal) implements SendOutcome {
    }
}
