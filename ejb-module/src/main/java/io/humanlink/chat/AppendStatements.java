package io.humanlink.chat;

import io.humanlink.platform.SequenceIds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The statements of one {@link MessageStore#appendAll}, in plain JDBC on the transaction's own connection (the one
 * EclipseLink enlisted, so the row locks, the reads and the inserts are one transaction). Each statement has one fixed
 * text and takes its values as a few arrays however big the batch, so the driver keeps it prepared and binds nothing
 * per row; the texts are written so that PostgreSQL and the embedded dev database both run them ({@code = any(?)},
 * {@code unnest} of several arrays, {@code cast(? as bigint array)}), except the {@code last_seq} update, which the
 * embedded database has no {@code update ... from} for.
 * <p>
 * New messages are inserted here rather than persisted as entities: persisting and flushing each one through
 * EclipseLink cost more CPU than everything else in the append (chat benchmark profile). Their ids come from
 * {@code messages_seq} the way EclipseLink takes them ({@link SequenceIds}), so ids never collide with the ones
 * EclipseLink hands out.
 */
final class AppendStatements {

    /** A conversation's row as locked: row id and the highest seq handed out so far. */
    record Locked(long id, long lastSeq) {
    }

    /** A message already stored under a (conversation, sender, clientMsgId). */
    record Stored(long seq, Instant sentAt) {
    }

    /** A message to insert. */
    record NewMessage(long conversationId, long seq, long senderId, String clientMsgId, String body) {
    }

    private static final String LOCK = "select id, public_id, last_seq from conversations where public_id = any(?)"
            + " order by public_id for update";
    private static final String MEMBERS = "select m.conversation_id, m.user_id, u.public_id from conversation_members m"
            + " join users u on u.id = m.user_id where m.conversation_id = any(?) order by m.conversation_id, m.user_id";
    private static final String BLOCKS = "select a.conversation_id, b.blocker_id, b.blocked_id from user_blocks b"
            + " join conversation_members a on a.user_id = b.blocker_id"
            + " join conversation_members c on c.user_id = b.blocked_id and c.conversation_id = a.conversation_id"
            + " where a.conversation_id = any(?)";
    // Joined on messages' unique key, so each key is one index probe (filtering by conversation read every message of
    // the batch's conversations instead, more with every message sent).
    private static final String STORED = "select m.conversation_id, m.sender_id, m.client_msg_id, m.seq, m.sent_at"
            + " from unnest(cast(? as bigint array), cast(? as bigint array), cast(? as varchar array))"
            + " as k (conversation_id, sender_id, client_msg_id)"
            + " join messages m on m.conversation_id = k.conversation_id and m.sender_id = k.sender_id"
            + " and m.client_msg_id = k.client_msg_id";
    private static final String INSERT = "insert into messages"
            + " (id, conversation_id, seq, sender_id, client_msg_id, body, sent_at, revision)"
            + " select k.id, k.conversation_id, k.seq, k.sender_id, k.client_msg_id, k.body, ?, 1"
            + " from unnest(cast(? as bigint array), cast(? as bigint array), cast(? as bigint array),"
            + " cast(? as bigint array), cast(? as varchar array), cast(? as varchar array))"
            + " as k (id, conversation_id, seq, sender_id, client_msg_id, body)";
    private static final String LAST_SEQS = "update conversations c set last_seq = v.last_seq, last_activity_at = ?"
            + " from unnest(cast(? as bigint array), cast(? as bigint array)) as v (id, last_seq) where c.id = v.id";
    private static final String LAST_SEQ = "update conversations set last_seq = ?, last_activity_at = ? where id = ?";

    private final Connection connection;
    private final boolean postgres;

    /** @param postgres whether the connection is PostgreSQL's; else the embedded dev database's */
    AppendStatements(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
    }

    /** Locks the conversations' rows in public-id order (so two writers cannot deadlock): public id → row. */
    Map<UUID, Locked> lock(Collection<UUID> publicIds) throws SQLException {
        String[] ids = new String[publicIds.size()];
        int i = 0;
        for (UUID id : publicIds) {
            ids[i++] = id.toString();
        }
        Map<UUID, Locked> locked = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(LOCK)) {
            statement.setArray(1, connection.createArrayOf("varchar", ids));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    locked.put(UUID.fromString(rows.getString(2)), new Locked(rows.getLong(1), rows.getLong(3)));
                }
            }
        }
        return locked;
    }

    /** Each conversation's members: row id → public id. */
    Map<Long, Map<Long, UUID>> members(Collection<Long> conversationIds) throws SQLException {
        Map<Long, Map<Long, UUID>> members = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(MEMBERS)) {
            statement.setArray(1, bigints(conversationIds));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    members.computeIfAbsent(rows.getLong(1), id -> new LinkedHashMap<>())
                            .put(rows.getLong(2), UUID.fromString(rows.getString(3)));
                }
            }
        }
        return members;
    }

    /** Per conversation, the members who blocked, or were blocked by, another member of it. */
    Map<Long, Set<Long>> blocked(Collection<Long> conversationIds) throws SQLException {
        Map<Long, Set<Long>> blocked = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(BLOCKS)) {
            statement.setArray(1, bigints(conversationIds));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Set<Long> members = blocked.computeIfAbsent(rows.getLong(1), id -> new HashSet<>());
                    members.add(rows.getLong(2));
                    members.add(rows.getLong(3));
                }
            }
        }
        return blocked;
    }

    /**
     * Messages already stored under the keys (three lists in step: conversation, sender, clientMsgId), by
     * {@link #key}.
     */
    Map<String, Stored> stored(List<Long> conversationIds, List<Long> senderIds, List<String> clientMsgIds)
            throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        if (clientMsgIds.isEmpty()) {
            return stored;
        }
        try (PreparedStatement statement = connection.prepareStatement(STORED)) {
            statement.setArray(1, bigints(conversationIds));
            statement.setArray(2, bigints(senderIds));
            statement.setArray(3, connection.createArrayOf("varchar", clientMsgIds.toArray(String[]::new)));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.put(key(rows.getLong(1), rows.getLong(2), rows.getString(3)),
                            new Stored(rows.getLong(4), SqlValues.instantOf(rows.getObject(5))));
                }
            }
        }
        return stored;
    }

    /**
     * {@code count} new message ids from {@code messages_seq}, taken as EclipseLink takes them ({@link SequenceIds}),
     * so the two never hand out one id twice. The rest of the last block is left unused.
     */
    long[] allocateIds(int count) throws SQLException {
        return new SequenceIds(connection).take("messages_seq", count);
    }

    /** Inserts the messages, all sent at {@code sentAt}, as revision 1, under {@code ids} (in step). */
    void insert(List<NewMessage> messages, long[] ids, Instant sentAt) throws SQLException {
        int n = messages.size();
        Long[] id = new Long[n];
        Long[] conversation = new Long[n];
        Long[] seq = new Long[n];
        Long[] sender = new Long[n];
        String[] clientMsgId = new String[n];
        String[] body = new String[n];
        for (int i = 0; i < n; i++) {
            NewMessage message = messages.get(i);
            id[i] = ids[i];
            conversation[i] = message.conversationId();
            seq[i] = message.seq();
            sender[i] = message.senderId();
            clientMsgId[i] = message.clientMsgId();
            body[i] = message.body();
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setObject(1, SqlValues.timestamp(sentAt));
            statement.setArray(2, connection.createArrayOf("bigint", id));
            statement.setArray(3, connection.createArrayOf("bigint", conversation));
            statement.setArray(4, connection.createArrayOf("bigint", seq));
            statement.setArray(5, connection.createArrayOf("bigint", sender));
            statement.setArray(6, connection.createArrayOf("varchar", clientMsgId));
            statement.setArray(7, connection.createArrayOf("varchar", body));
            int inserted = statement.executeUpdate();
            if (inserted != n) {
                throw new IllegalStateException("inserted " + inserted + " messages of " + n);
            }
        }
    }

    /** Stores each conversation's new last_seq (row id → last_seq) and the time of its latest message. */
    void updateLastSeqs(Map<Long, Long> lastSeqs, Instant now) throws SQLException {
        if (lastSeqs.isEmpty()) {
            return;
        }
        if (!postgres) {  // the embedded dev database has no update ... from: one update per conversation
            try (PreparedStatement statement = connection.prepareStatement(LAST_SEQ)) {
                for (Map.Entry<Long, Long> entry : lastSeqs.entrySet()) {
                    statement.setLong(1, entry.getValue());
                    statement.setObject(2, SqlValues.timestamp(now));
                    statement.setLong(3, entry.getKey());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(LAST_SEQS)) {
            statement.setObject(1, SqlValues.timestamp(now));
            statement.setArray(2, bigints(lastSeqs.keySet()));
            statement.setArray(3, bigints(lastSeqs.values()));
            statement.executeUpdate();
        }
    }

    static String key(long conversationId, long senderId, String clientMsgId) {
        return conversationId + ":" + senderId + ":" + clientMsgId;
    }

    private java.sql.Array bigints(Collection<Long> values) throws SQLException {
        return connection.createArrayOf("bigint", values.toArray(Long[]::new));
    }
}
