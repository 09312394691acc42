package io.humanlink.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nightly job's statements on {@code proposal_sets}, in plain JDBC on the chunk transaction's connection. Each has
 * one fixed text and takes a chunk's values as arrays ({@code = any(?)}, {@code unnest}), so the database parses, plans
 * and starts it once per chunk, not once per seeker: with a JDBC batch (which the driver rewrites into a
 * thousand-row {@code values} list) the database spent more time on the statements than on the rows. The texts run on
 * PostgreSQL and on the embedded dev database, except the upsert, which is {@code on conflict} on one and
 * {@code merge} on the other.
 */
final class ProposalSetStatements {

    /** A seeker's set as stored: who made it and its text ({@link ProposalSetCodec}). */
    record StoredSet(MatchSource source, String proposals) {
    }

    private static final String STORED = "select user_id, source, proposals from proposal_sets where user_id = any(?)";
    private static final String OPEN = "select user_id, friend_id from matches"
            + " where user_id = any(?) and status = 'PROPOSED'";
    private static final String ROWS = " select k.user_id, cast(? as varchar(16)), cast(? as date),"
            + " cast(? as timestamp with time zone), k.proposals"
            + " from unnest(cast(? as bigint array), cast(? as varchar array)) as k (user_id, proposals)";
    private static final String UPSERT = "insert into proposal_sets (user_id, source, proposed_on, created_at,"
            + " proposals)" + ROWS + " on conflict (user_id) do update set source = excluded.source,"
            + " proposed_on = excluded.proposed_on, created_at = excluded.created_at, proposals = excluded.proposals";
    private static final String MERGE = "merge into proposal_sets (user_id, source, proposed_on, created_at, proposals)"
            + " key (user_id)" + ROWS;

    private final Connection connection;
    private final boolean postgres;

    /** @param postgres whether the connection is PostgreSQL's; else the embedded dev database's */
    ProposalSetStatements(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
    }

    /** The stored sets of these seekers, by user id (seekers without one are absent). */
    Map<Long, StoredSet> stored(Collection<Long> userIds) throws SQLException {
        Map<Long, StoredSet> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(STORED)) {
            select.setArray(1, bigints(userIds));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    stored.put(row.getLong(1), new StoredSet(MatchSource.valueOf(row.getString(2)),
                            row.getString(3)));
                }
            }
        }
        return stored;
    }

    /** The Friends of these seekers' open proposals ({@code matches} rows not yet accepted or declined), by user id. */
    Map<Long, Set<Long>> openProposals(Collection<Long> userIds) throws SQLException {
        Map<Long, Set<Long>> open = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(OPEN)) {
            select.setArray(1, bigints(userIds));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    open.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(row.getLong(2));
                }
            }
        }
        return open;
    }

    /**
     * Stores each seeker's set text in place of the one they have, if any (two lists in step, in user-id order, as
     * every writer of sets goes, so two cannot wait for each other's row locks).
     */
    void upsert(List<Long> userIds, List<String> proposals, MatchSource source, LocalDate day, Instant now)
            throws SQLException {
        if (userIds.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(postgres ? UPSERT : MERGE)) {
            upsert.setString(1, source.name());
            upsert.setObject(2, day);
            upsert.setObject(3, now.atOffset(ZoneOffset.UTC));
            upsert.setArray(4, bigints(userIds));
            upsert.setArray(5, connection.createArrayOf("varchar", proposals.toArray(String[]::new)));
            upsert.executeUpdate();
        }
    }

    private java.sql.Array bigints(Collection<Long> values) throws SQLException {
        return connection.createArrayOf("bigint", values.toArray(Long[]::new));
    }
}
