package io.humanlink.chat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A conversation as one of its members reaches it: its row id, public id and members (row id to public id). */
public record ConversationAccess(long id, UUID publicId, Map<Long, UUID> members) {

    public ConversationAccess {
        members = Map.copyOf(members);
    }

    public Set<UUID> memberIds() {
        return Set.copyOf(members.values());
    }

    public boolean hasMember(long userId) {
        return members.containsKey(userId);
    }
}
