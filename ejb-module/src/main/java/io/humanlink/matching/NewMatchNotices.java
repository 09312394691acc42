package io.humanlink.matching;

import io.humanlink.platform.SequenceIds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Queues "New friend match!" ({@code NEW_MATCH}) in the notifications outbox, for the notify context to deliver: at most
 * one per seeker and day, by its dedupe key. One insert per batch however many seekers it has, with the values as
 * arrays ({@code unnest}), so the statement keeps one text and the database plans and starts it once; a key already
 * queued (an earlier run that day) is skipped by the key's unique index on PostgreSQL, and looked up first on the
 * embedded dev database, which has no {@code on conflict}.
 */
final class NewMatchNotices {

    /** A seeker to tell, and how many proposals they have now. */
    record Notice(long userId, int proposals) {
    }

    private static final String INSERT = "insert into notifications_outbox (id, user_id, kind, payload, dedupe_key,"
            + " created_at) select k.id, k.user_id, 'NEW_MATCH', k.payload, k.dedupe_key,"
            + " cast(? as timestamp with time zone)"
            + " from unnest(cast(? as bigint array), cast(? as bigint array), cast(? as varchar array),"
            + " cast(? as varchar array)) as k (id, user_id, payload, dedupe_key)";
    private static final String QUEUED = "select dedupe_key from notifications_outbox where dedupe_key = any(?)";

    private NewMatchNotices() {
    }

    static void queue(Connection connection, boolean postgres, List<Notice> notices, LocalDate day, Instant now)
            throws SQLException {
        Set<String> queued = postgres ? Set.of() : queuedKeys(connection, notices, day);
        List<Notice> toQueue = notices.stream().filter(n -> !queued.contains(dedupeKey(n.userId(), day))).toList();
        if (toQueue.isEmpty()) {
            return;
        }
        long[] ids = new SequenceIds(connection).take("notifications_outbox_seq", toQueue.size());
        Long[] id = new Long[toQueue.size()];
        Long[] user = new Long[toQueue.size()];
        String[] payload = new String[toQueue.size()];
        String[] key = new String[toQueue.size()];
        for (int i = 0; i < toQueue.size(); i++) {
            Notice notice = toQueue.get(i);
            id[i] = ids[i];
            user[i] = notice.userId();
            payload[i] = payload(notice);
            key[i] = dedupeKey(notice.userId(), day);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                INSERT + (postgres ? " on conflict (dedupe_key) do nothing" : ""))) {
            insert.setObject(1, now.atOffset(ZoneOffset.UTC));
            insert.setArray(2, connection.createArrayOf("bigint", id));
            insert.setArray(3, connection.createArrayOf("bigint", user));
            insert.setArray(4, connection.createArrayOf("varchar", payload));
            insert.setArray(5, connection.createArrayOf("varchar", key));
            insert.executeUpdate();
        }
    }

    static String dedupeKey(long userId, LocalDate day) {
        return "new-match:" + userId + ":" + day;
    }

    /** Written by hand: a constant title and a number need no JSON library, once per seeker a night. */
    private static String payload(Notice notice) {
        return "{\"title\":\"New friend match!\",\"proposals\":" + notice.proposals() + "}";
    }

    private static Set<String> queuedKeys(Connection connection, List<Notice> notices, LocalDate day)
            throws SQLException {
        Set<String> queued = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(QUEUED)) {
            select.setArray(1, connection.createArrayOf("varchar",
                    notices.stream().map(n -> dedupeKey(n.userId(), day)).toArray(String[]::new)));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    queued.add(row.getString(1));
                }
            }
        }
        return queued;
    }
}
