package io.humanlink.web.api.chat;

import io.humanlink.chat.ChatQueries;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One of my conversations: {@code lastSeq} is its latest message, {@code lastReadSeq} my read marker, {@code unread}
 * the others' messages after it; every member (me included) with their own read marker, for read receipts.
 */
public record ConversationResponse(UUID id, String kind, Instant createdAt, Instant lastActivityAt, long lastSeq,
                                   long lastReadSeq, long unread, List<Member> members) {

    public record Member(UUID id, String displayName, long lastReadSeq) {
    }

    static ConversationResponse of(ChatQueries.ConversationSummary c) {
        return new ConversationResponse(c.id(), c.kind().name(), c.createdAt(), c.lastActivityAt(), c.lastSeq(),
                c.lastReadSeq(), c.unread(), c.members().stream()
                .map(m -> new Member(m.id(), m.displayName(), m.lastReadSeq())).toList());
    }
}
