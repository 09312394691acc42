package io.humanlink.chat;

import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The only writer of messages. Appending numbers messages gap-free per conversation: the conversation row is locked
 * ({@code select ... for update}), new messages get {@code last_seq + 1, + 2, ...}, and the new {@code last_seq} is
 * stored in the same transaction, so a rollback gives the numbers back and concurrent writers on any node queue on
 * the lock. Under that lock the clientMsgId check is race-free too: a resend finds the stored message and gets its seq.
 * <p>
 * {@link #appendAll} takes any number of sends for any conversations and commits them together (locking conversations
 * in a fixed order, so two batches cannot deadlock): today each connection calls it with one send; a single writer
 * per JVM may later group the sends of many connections into one call (one transaction) without changing the rules.
 * Each send gets its own outcome; a refusal (not a member, blocked) does not fail the others.
 */
@ApplicationScoped
public class MessageStore {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    Event<ChatEvent> events;

    @Inject
    Clock clock;

    /** Stores the sends (already validated: body and clientMsgId) and returns one outcome per send, in order. */
    @Transactional
    public List<SendOutcome> appendAll(List<Send> sends) {
        Instant now = clock.instant();
        Map<UUID, List<Integer>> byConversation = new TreeMap<>();
        for (int i = 0; i < sends.size(); i++) {
            byConversation.computeIfAbsent(sends.get(i).conversationId(), id -> new ArrayList<>()).add(i);
        }
        SendOutcome[] outcomes = new SendOutcome[sends.size()];
        byConversation.forEach((conversationId, indices) ->
                appendTo(conversationId, indices.stream().map(sends::get).toList(), now)
                        .forEach((index, outcome) -> outcomes[indices.get(index)] = outcome));
        return Arrays.asList(outcomes);
    }

    /** Outcomes keyed by position in {@code sends}. */
    private Map<Integer, SendOutcome> appendTo(UUID conversationId, List<Send> sends, Instant now) {
        Map<Integer, SendOutcome> outcomes = new HashMap<>();
        Object[] locked = lock(conversationId);
        if (locked == null) {
            for (int i = 0; i < sends.size(); i++) {
                outcomes.put(i, new SendOutcome.Refused(sends.get(i), Refusal.NOT_MEMBER));
            }
            return outcomes;
        }
        long id = SqlValues.longOf(locked[0]);
        long lastSeq = SqlValues.longOf(locked[1]);
        Map<Long, UUID> members = conversations.members(id);
        Set<Long> blocked = blockedMembers(members.keySet());
        Map<String, Stored> stored = stored(id, sends);
        long firstNew = lastSeq + 1;
        for (int i = 0; i < sends.size(); i++) {
            Send send = sends.get(i);
            long sender = send.sender().id();
            String key = key(sender, send.clientMsgId());
            SendOutcome outcome;
            if (!members.containsKey(sender)) {
                outcome = new SendOutcome.Refused(send, Refusal.NOT_MEMBER);
            } else if (stored.containsKey(key)) {
                Stored earlier = stored.get(key);
                outcome = new SendOutcome.Accepted(send, earlier.seq(), earlier.sentAt(), true);
            } else if (blocked.contains(sender)) {
                outcome = new SendOutcome.Refused(send, Refusal.BLOCKED);
            } else {
                Message message = new Message(id, ++lastSeq, sender, send.clientMsgId(), send.body(), now);
                em.persist(message);
                stored.put(key, new Stored(message.getSeq(), now));
                outcome = new SendOutcome.Accepted(send, message.getSeq(), now, false);
                events.fire(new ChatEvent.MessagePosted(ChatMessage.of(message, conversationId,
                        send.sender().publicId()), Set.copyOf(members.values()), send.origin()));
            }
            outcomes.put(i, outcome);
        }
        if (lastSeq >= firstNew) {
            em.createNativeQuery("update conversations set last_seq = ?, last_activity_at = ? where id = ?")
                    .setParameter(1, lastSeq).setParameter(2, SqlValues.timestamp(now)).setParameter(3, id)
                    .executeUpdate();
        }
        return outcomes;
    }

    /** Edits the sender's own message; the version it replaces is kept. Members see the new text at once. */
    @Transactional
    public ChatMessage edit(ChatUser editor, UUID conversationId, long seq, String newBody) {
        Instant now = clock.instant();
        ConversationAccess conversation = member(editor, conversationId);
        Message message = ownMessage(editor, conversation, seq);
        if (blockedMembers(conversation.members().keySet()).contains(editor.id())) {
            throw new DomainException(403, Refusal.BLOCKED.slug(), "Blocked", Refusal.BLOCKED.detail());
        }
        em.persist(message.edit(newBody, now));
        return revised(message, conversation);
    }

    /** Deletes the sender's own message for members (its seq stays taken); the deleted text is kept. */
    @Transactional
    public ChatMessage delete(ChatUser editor, UUID conversationId, long seq) {
        Instant now = clock.instant();
        ConversationAccess conversation = member(editor, conversationId);
        Message message = ownMessage(editor, conversation, seq);
        em.persist(message.delete(now));
        return revised(message, conversation);
    }

    private ChatMessage revised(Message message, ConversationAccess conversation) {
        ChatMessage view = ChatMessage.of(message, conversation.publicId(),
                conversation.members().get(message.getSenderId()));
        events.fire(new ChatEvent.MessageRevised(view, conversation.memberIds()));
        return view;
    }

    private ConversationAccess member(ChatUser user, UUID conversationId) {
        return conversations.access(user.id(), conversationId)
                .orElseThrow(() -> DomainException.notFound("Conversation " + conversationId));
    }

    private Message ownMessage(ChatUser editor, ConversationAccess conversation, long seq) {
        Message message = em.createNamedQuery("Message.bySeq", Message.class)
                .setParameter("conversation", conversation.id()).setParameter("seq", seq)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("Message " + seq));
        if (message.getSenderId() != editor.id()) {
            throw DomainException.forbidden("Only the sender can change a message.");
        }
        if (message.isDeleted()) {
            throw new DomainException(409, "message-deleted", "Message deleted",
                    "This message was deleted; it cannot be changed any more.");
        }
        return message;
    }

    /** The conversation's id and last seq, its row locked until commit; null when there is no such conversation. */
    private Object[] lock(UUID conversationId) {
        return (Object[]) em.createNativeQuery("select id, last_seq from conversations where public_id = ? for update")
                .setParameter(1, conversationId.toString())
                .getResultStream().findFirst().orElse(null);
    }

    /** Members who blocked, or were blocked by, another member: neither side may write while a block stands. */
    @SuppressWarnings("unchecked")
    private Set<Long> blockedMembers(Set<Long> members) {
        List<Long> ids = List.copyOf(members);
        String in = SqlValues.placeholders(ids.size());
        Query query = em.createNativeQuery("select blocker_id, blocked_id from user_blocks where blocker_id in (" + in
                + ") and blocked_id in (" + in + ")");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i)).setParameter(ids.size() + i + 1, ids.get(i));
        }
        Set<Long> blocked = new HashSet<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            blocked.add(SqlValues.longOf(row[0]));
            blocked.add(SqlValues.longOf(row[1]));
        }
        return blocked;
    }

    /** Messages already stored under the sends' clientMsgIds, by {@link #key}. */
    @SuppressWarnings("unchecked")
    private Map<String, Stored> stored(long conversationId, List<Send> sends) {
        List<String> clientIds = sends.stream().map(Send::clientMsgId).distinct().toList();
        Query query = em.createNativeQuery("select sender_id, client_msg_id, seq, sent_at from messages"
                + " where conversation_id = ? and client_msg_id in (" + SqlValues.placeholders(clientIds.size()) + ")")
                .setParameter(1, conversationId);
        for (int i = 0; i < clientIds.size(); i++) {
            query.setParameter(i + 2, clientIds.get(i));
        }
        Map<String, Stored> stored = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            stored.put(key(SqlValues.longOf(row[0]), (String) row[1]),
                    new Stored(SqlValues.longOf(row[2]), SqlValues.instantOf(row[3])));
        }
        return stored;
    }

    private record Stored(long seq, Instant sentAt) {
    }

    private static String key(long senderId, String clientMsgId) {
        return senderId + ":" + clientMsgId;
    }
}
