package io.humanlink.chat;

import io.humanlink.identity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens conversations for the things that have one (a booked session, an accepted match; events later), and answers
 * who is in one. Membership is fixed when a conversation opens, so a member check is a read, never a lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Conversations {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Clock clock;

    public Conversation open(ConversationKind kind, List<User> members) {
        Conversation conversation = new Conversation(kind, members, clock.instant());
        em.persist(conversation);
        return conversation;
    }

    /** The conversation if {@code userId} is one of its members; empty for a stranger and for an unknown id alike. */
    public Optional<ConversationAccess> access(long userId, UUID conversationId) {
        Optional<Long> id = idOf(conversationId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, UUID> members = members(id.get());
        return members.containsKey(userId) ? Optional.of(new ConversationAccess(id.get(), conversationId, members))
                : Optional.empty();
    }

    public Optional<Long> idOf(UUID conversationId) {
        return em.createNativeQuery("select id from conversations where public_id = ?")
                .setParameter(1, conversationId.toString())
                .getResultStream().findFirst().map(SqlValues::longOf);
    }

    /** Member row ids to public ids, in a stable order. */
    @SuppressWarnings("unchecked")
    public Map<Long, UUID> members(long conversationId) {
        List<Object[]> rows = em.createNativeQuery("select m.user_id, u.public_id from conversation_members m"
                        + " join users u on u.id = m.user_id where m.conversation_id = ? order by m.user_id")
                .setParameter(1, conversationId).getResultList();
        Map<Long, UUID> members = new LinkedHashMap<>();
        for (Object[] row : rows) {
            members.put(SqlValues.longOf(row[0]), SqlValues.uuidOf(row[1]));
        }
        return members;
    }
}
