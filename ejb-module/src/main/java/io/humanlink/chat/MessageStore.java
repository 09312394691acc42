package io.humanlink.chat;

import io.humanlink.platform.DatabaseProduct;
import io.humanlink.platform.DomainException;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    /** Whether the database is PostgreSQL (arrays and {@code update ... from}); else the embedded dev database. */
    private volatile Boolean postgres;

    /**
     * Stores the sends (already validated: body and clientMsgId) and returns one outcome per send, in order. However
     * many sends and conversations, the work is a fixed number of statements ({@link AppendStatements}): one locks
     * the conversations (in public-id order), one reads their members, one their blocks, one the clientMsgIds already
     * stored, one takes the new ids, one inserts the new messages and one updates every {@code last_seq}. Members
     * hear of the new messages through one {@link ChatEvent.MessagesPosted}, after the commit.
     */
    @Transactional
    public List<SendOutcome> appendAll(List<Send> sends) {
        Connection connection = em.unwrap(Connection.class);
        try {
            return append(sends, new AppendStatements(connection, postgres(connection)));
        } catch (SQLException e) {
            throw new IllegalStateException("storing " + sends.size() + " chat messages failed", e);
        }
    }

    private List<SendOutcome> append(List<Send> sends, AppendStatements sql) throws SQLException {
        Instant now = clock.instant();
        Map<UUID, List<Integer>> byConversation = new TreeMap<>();
        for (int i = 0; i < sends.size(); i++) {
            byConversation.computeIfAbsent(sends.get(i).conversationId(), id -> new ArrayList<>()).add(i);
        }
        SendOutcome[] outcomes = new SendOutcome[sends.size()];
        Map<UUID, AppendStatements.Locked> locked = sql.lock(byConversation.keySet());
        List<Long> ids = locked.values().stream().map(AppendStatements.Locked::id).toList();
        Map<Long, Map<Long, UUID>> members = ids.isEmpty() ? Map.of() : sql.members(ids);
        Map<Long, Set<Long>> blocked = ids.isEmpty() ? Map.of() : sql.blocked(ids);
        Map<String, AppendStatements.Stored> stored = stored(sql, locked, sends);
        Map<Long, Long> newLastSeqs = new LinkedHashMap<>();
        List<AppendStatements.NewMessage> inserts = new ArrayList<>();
        List<ChatEvent.Posted> posted = new ArrayList<>();
        byConversation.forEach((conversationId, indices) -> {
            AppendStatements.Locked row = locked.get(conversationId);
            if (row == null) {
                indices.forEach(i -> outcomes[i] = new SendOutcome.Refused(sends.get(i), Refusal.NOT_MEMBER));
                return;
            }
            long lastSeq = row.lastSeq();
            Map<Long, UUID> memberIds = members.getOrDefault(row.id(), Map.of());
            Set<UUID> audience = Set.copyOf(memberIds.values());
            Set<Long> blockedMembers = blocked.getOrDefault(row.id(), Set.of());
            for (int i : indices) {
                Send send = sends.get(i);
                long sender = send.sender().id();
                String key = AppendStatements.key(row.id(), sender, send.clientMsgId());
                AppendStatements.Stored earlier = stored.get(key);
                if (!memberIds.containsKey(sender)) {
                    outcomes[i] = new SendOutcome.Refused(send, Refusal.NOT_MEMBER);
                } else if (earlier != null) {
                    outcomes[i] = new SendOutcome.Accepted(send, earlier.seq(), earlier.sentAt(), true);
                } else if (blockedMembers.contains(sender)) {
                    outcomes[i] = new SendOutcome.Refused(send, Refusal.BLOCKED);
                } else {
                    long seq = ++lastSeq;
                    inserts.add(new AppendStatements.NewMessage(row.id(), seq, sender, send.clientMsgId(),
                            send.body()));
                    stored.put(key, new AppendStatements.Stored(seq, now));  // a resend in this same batch
                    outcomes[i] = new SendOutcome.Accepted(send, seq, now, false);
                    posted.add(new ChatEvent.Posted(new ChatMessage(conversationId, seq, send.sender().publicId(),
                            send.body(), now, 1, null, false), audience, send.origin()));
                }
            }
            if (lastSeq > row.lastSeq()) {
                newLastSeqs.put(row.id(), lastSeq);
            }
        });
        if (!inserts.isEmpty()) {
            sql.insert(inserts, sql.allocateIds(inserts.size()), now);
            sql.updateLastSeqs(newLastSeqs, now);
            events.fire(new ChatEvent.MessagesPosted(posted));
        }
        return Arrays.asList(outcomes);
    }

    /** Messages already stored under the sends' (conversation, sender, clientMsgId), one look-up for all. */
    private static Map<String, AppendStatements.Stored> stored(AppendStatements sql,
                                                               Map<UUID, AppendStatements.Locked> locked,
                                                               List<Send> sends) throws SQLException {
        Set<String> seen = new HashSet<>();
        List<Long> conversationIds = new ArrayList<>();
        List<Long> senderIds = new ArrayList<>();
        List<String> clientIds = new ArrayList<>();
        for (Send send : sends) {
            AppendStatements.Locked row = locked.get(send.conversationId());
            if (row != null && seen.add(AppendStatements.key(row.id(), send.sender().id(), send.clientMsgId()))) {
                conversationIds.add(row.id());
                senderIds.add(send.sender().id());
                clientIds.add(send.clientMsgId());
            }
        }
        return sql.stored(conversationIds, senderIds, clientIds);
    }

    private boolean postgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = DatabaseProduct.isPostgres(connection);
            postgres = known;
        }
        return known;
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

}
