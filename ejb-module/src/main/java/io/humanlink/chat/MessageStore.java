package io.humanlink.chat;

import io.humanlink.platform.DatabaseProduct;
import io.humanlink.platform.DomainException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The only writer of messages. Appending numbers messages gap-free per conversation: the conversation row is locked
 * ({@code select ... for update}), new messages get {@code last_seq + 1, + 2, ...}, and the new {@code last_seq} is
 * stored in the same transaction, so a rollback gives the numbers back and concurrent writers on any node queue on
 * the lock. Under that lock the clientMsgId check is race-free too: a resend finds the stored message and gets its seq.
 * <p>
 * {@link #appendAll} takes any number of sends for any conversations and commits them together (locking conversations
 * in a fixed order, so two batches cannot deadlock): the per-JVM {@link MessageWriter} groups the sends of many
 * connections into one call (one transaction, one commit) without changing the rules. Each send gets its own outcome;
 * a refusal (not a member, blocked) does not fail the others.
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

    @Resource(lookup = "jdbc/humanlink")
    DataSource dataSource;

    /** Whether the database is PostgreSQL (arrays and {@code update ... from}); else the embedded dev database. */
    private volatile Boolean postgres;

    /**
     * Stores the sends (already validated: body and clientMsgId) and returns one outcome per send, in order. However
     * many conversations the sends are for, the work is a fixed number of statements: one locks them all (in
     * public-id order), one reads their members, one their blocks, one the clientMsgIds already stored, then the
     * batched inserts and one update of every {@code last_seq}. The two statements whose parameters grow with the
     * batch take arrays ({@link SqlValues#bigintArray}, {@link SqlValues#textArray}), a few parameters however big.
     */
    @Transactional
    public List<SendOutcome> appendAll(List<Send> sends) {
        Instant now = clock.instant();
        Map<UUID, List<Integer>> byConversation = new TreeMap<>();
        for (int i = 0; i < sends.size(); i++) {
            byConversation.computeIfAbsent(sends.get(i).conversationId(), id -> new ArrayList<>()).add(i);
        }
        SendOutcome[] outcomes = new SendOutcome[sends.size()];
        Map<UUID, long[]> locked = lockAll(byConversation.keySet());
        List<Long> ids = locked.values().stream().map(row -> row[0]).toList();
        Map<Long, Map<Long, UUID>> members = ids.isEmpty() ? Map.of() : membersOf(ids);
        Map<Long, Set<Long>> blocked = ids.isEmpty() ? Map.of() : blockedIn(ids);
        Map<String, Stored> stored = ids.isEmpty() ? new HashMap<>() : stored(locked, sends);
        Map<Long, Long> newLastSeqs = new LinkedHashMap<>();
        byConversation.forEach((conversationId, indices) -> {
            long[] row = locked.get(conversationId);
            if (row == null) {
                indices.forEach(i -> outcomes[i] = new SendOutcome.Refused(sends.get(i), Refusal.NOT_MEMBER));
                return;
            }
            long id = row[0];
            long lastSeq = row[1];
            Map<Long, UUID> memberIds = members.getOrDefault(id, Map.of());
            Set<Long> blockedMembers = blocked.getOrDefault(id, Set.of());
            for (int i : indices) {
                Send send = sends.get(i);
                long sender = send.sender().id();
                String key = key(id, sender, send.clientMsgId());
                if (!memberIds.containsKey(sender)) {
                    outcomes[i] = new SendOutcome.Refused(send, Refusal.NOT_MEMBER);
                } else if (stored.containsKey(key)) {
                    Stored earlier = stored.get(key);
                    outcomes[i] = new SendOutcome.Accepted(send, earlier.seq(), earlier.sentAt(), true);
                } else if (blockedMembers.contains(sender)) {
                    outcomes[i] = new SendOutcome.Refused(send, Refusal.BLOCKED);
                } else {
                    Message message = new Message(id, ++lastSeq, sender, send.clientMsgId(), send.body(), now);
                    em.persist(message);
                    stored.put(key, new Stored(message.getSeq(), now));
                    outcomes[i] = new SendOutcome.Accepted(send, message.getSeq(), now, false);
                    events.fire(new ChatEvent.MessagePosted(ChatMessage.of(message, conversationId,
                            send.sender().publicId()), Set.copyOf(memberIds.values()), send.origin()));
                }
            }
            if (lastSeq > row[1]) {
                newLastSeqs.put(id, lastSeq);
            }
        });
        updateLastSeqs(newLastSeqs, now);
        return Arrays.asList(outcomes);
    }

    /** Locks the conversations' rows in public-id order (so two writers cannot deadlock): public id → {id, last_seq}. */
    @SuppressWarnings("unchecked")
    private Map<UUID, long[]> lockAll(Set<UUID> conversationIds) {
        List<UUID> publicIds = List.copyOf(conversationIds);
        Query query = em.createNativeQuery("select id, public_id, last_seq from conversations where public_id in ("
                + SqlValues.placeholders(publicIds.size()) + ") order by public_id for update");
        for (int i = 0; i < publicIds.size(); i++) {
            query.setParameter(i + 1, publicIds.get(i).toString());
        }
        Map<UUID, long[]> locked = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            locked.put(SqlValues.uuidOf(row[1]), new long[] {SqlValues.longOf(row[0]), SqlValues.longOf(row[2])});
        }
        return locked;
    }

    /** Each conversation's members: row id → public id. */
    @SuppressWarnings("unchecked")
    private Map<Long, Map<Long, UUID>> membersOf(List<Long> conversationIds) {
        Query query = em.createNativeQuery("select m.conversation_id, m.user_id, u.public_id from conversation_members m"
                + " join users u on u.id = m.user_id where m.conversation_id in ("
                + SqlValues.placeholders(conversationIds.size()) + ") order by m.conversation_id, m.user_id");
        bind(query, conversationIds, 1);
        Map<Long, Map<Long, UUID>> members = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            members.computeIfAbsent(SqlValues.longOf(row[0]), id -> new LinkedHashMap<>())
                    .put(SqlValues.longOf(row[1]), SqlValues.uuidOf(row[2]));
        }
        return members;
    }

    /** Per conversation, the members who blocked, or were blocked by, another member of it. */
    @SuppressWarnings("unchecked")
    private Map<Long, Set<Long>> blockedIn(List<Long> conversationIds) {
        Query query = em.createNativeQuery("select a.conversation_id, b.blocker_id, b.blocked_id from user_blocks b"
                + " join conversation_members a on a.user_id = b.blocker_id"
                + " join conversation_members c on c.user_id = b.blocked_id and c.conversation_id = a.conversation_id"
                + " where a.conversation_id in (" + SqlValues.placeholders(conversationIds.size()) + ")");
        bind(query, conversationIds, 1);
        Map<Long, Set<Long>> blocked = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            Set<Long> members = blocked.computeIfAbsent(SqlValues.longOf(row[0]), id -> new HashSet<>());
            members.add(SqlValues.longOf(row[1]));
            members.add(SqlValues.longOf(row[2]));
        }
        return blocked;
    }

    /**
     * Messages already stored under the sends' (conversation, sender, clientMsgId), by {@link #key}. The keys go in as
     * three arrays in step, joined to messages on its unique key, so each is one index look-up. (Filtering messages by
     * conversation and clientMsgId instead read every message of the batch's conversations, more with every message
     * sent, since the sender sits between them in that index.)
     */
    @SuppressWarnings("unchecked")
    private Map<String, Stored> stored(Map<UUID, long[]> locked, List<Send> sends) {
        Set<String> seen = new HashSet<>();
        List<Long> conversationIds = new ArrayList<>();
        List<Long> senderIds = new ArrayList<>();
        List<String> clientIds = new ArrayList<>();
        for (Send send : sends) {
            long[] row = locked.get(send.conversationId());
            if (row != null && seen.add(key(row[0], send.sender().id(), send.clientMsgId()))) {
                conversationIds.add(row[0]);
                senderIds.add(send.sender().id());
                clientIds.add(send.clientMsgId());
            }
        }
        if (clientIds.isEmpty()) {
            return new HashMap<>();
        }
        if (!postgres()) {
            return storedOneByOne(conversationIds, senderIds, clientIds);
        }
        Query query = em.createNativeQuery("select m.conversation_id, m.sender_id, m.client_msg_id, m.seq, m.sent_at"
                + " from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as varchar[]))"
                + " as k (conversation_id, sender_id, client_msg_id)"
                + " join messages m on m.conversation_id = k.conversation_id and m.sender_id = k.sender_id"
                + " and m.client_msg_id = k.client_msg_id");
        query.setParameter(1, SqlValues.bigintArray(conversationIds));
        query.setParameter(2, SqlValues.bigintArray(senderIds));
        query.setParameter(3, SqlValues.textArray(clientIds));
        Map<String, Stored> stored = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            stored.put(key(SqlValues.longOf(row[0]), SqlValues.longOf(row[1]), (String) row[2]),
                    new Stored(SqlValues.longOf(row[3]), SqlValues.instantOf(row[4])));
        }
        return stored;
    }

    /**
     * The embedded dev database's form of {@link #stored}: it has no {@code unnest} of several arrays, so one look-up
     * per key (a developer's few messages, not a load).
     */
    @SuppressWarnings("unchecked")
    private Map<String, Stored> storedOneByOne(List<Long> conversationIds, List<Long> senderIds,
                                               List<String> clientIds) {
        Map<String, Stored> stored = new HashMap<>();
        for (int i = 0; i < clientIds.size(); i++) {
            Query query = em.createNativeQuery("select seq, sent_at from messages"
                    + " where conversation_id = ? and sender_id = ? and client_msg_id = ?");
            query.setParameter(1, conversationIds.get(i));
            query.setParameter(2, senderIds.get(i));
            query.setParameter(3, clientIds.get(i));
            for (Object[] row : (List<Object[]>) query.getResultList()) {
                stored.put(key(conversationIds.get(i), senderIds.get(i), clientIds.get(i)),
                        new Stored(SqlValues.longOf(row[0]), SqlValues.instantOf(row[1])));
            }
        }
        return stored;
    }

    /** One statement for every conversation that got messages (ids and new last_seqs as two arrays, in step). */
    private void updateLastSeqs(Map<Long, Long> lastSeqs, Instant now) {
        if (lastSeqs.isEmpty()) {
            return;
        }
        if (!postgres()) {  // the embedded dev database has no update ... from: one update per conversation
            lastSeqs.forEach((id, lastSeq) -> em.createNativeQuery(
                            "update conversations set last_seq = ?, last_activity_at = ? where id = ?")
                    .setParameter(1, lastSeq).setParameter(2, SqlValues.timestamp(now)).setParameter(3, id)
                    .executeUpdate());
            return;
        }
        Query update = em.createNativeQuery("update conversations c set last_seq = v.last_seq, last_activity_at = ?"
                + " from unnest(cast(? as bigint[]), cast(? as bigint[])) as v (id, last_seq) where c.id = v.id");
        update.setParameter(1, SqlValues.timestamp(now));
        update.setParameter(2, SqlValues.bigintArray(lastSeqs.keySet()));
        update.setParameter(3, SqlValues.bigintArray(lastSeqs.values()));
        update.executeUpdate();
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = DatabaseProduct.isPostgres(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database chat runs on", e);
            }
            postgres = known;
        }
        return known;
    }

    private static void bind(Query query, List<Long> values, int first) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
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

    private record Stored(long seq, Instant sentAt) {
    }

    private static String key(long conversationId, long senderId, String clientMsgId) {
        return conversationId + ":" + senderId + ":" + clientMsgId;
    }
}
