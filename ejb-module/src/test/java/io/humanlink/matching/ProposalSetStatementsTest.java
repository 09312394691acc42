package io.humanlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.platform.EmbeddedDevDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nightly job's set and notice statements on the embedded dev database (H2, the real migrations): the integration
 * tests run them on PostgreSQL; nothing else would notice a statement the dev database cannot run.
 */
class ProposalSetStatementsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T01:02:03Z");

    private Connection connection;
    private ProposalSetStatements sets;

    @BeforeEach
    void database() throws SQLException {
        connection = EmbeddedDevDatabase.migrated();
        sets = new ProposalSetStatements(connection, false);
        for (long user = 1; user <= 4; user++) {
            EmbeddedDevDatabase.insertUser(connection, user, UUID.randomUUID());
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void upsertWritesNewSetsAndReplacesStoredOnesAndStoredReadsThemBack() throws SQLException {
        sets.upsert(List.of(1L, 2L), List.of("3;3", "3"), MatchSource.NIGHTLY, DAY, NOW);
        sets.upsert(List.of(2L), List.of("3;4"), MatchSource.NIGHTLY, DAY.plusDays(1), NOW);

        Map<Long, ProposalSetStatements.StoredSet> stored = sets.stored(List.of(1L, 2L, 3L));

        assertThat(stored).containsOnlyKeys(1L, 2L);
        assertThat(stored.get(1L)).isEqualTo(new ProposalSetStatements.StoredSet(MatchSource.NIGHTLY, "3;3"));
        assertThat(stored.get(2L).proposals()).isEqualTo("3;4");
        try (PreparedStatement select = connection.prepareStatement(
                "select proposed_on from proposal_sets where user_id = 2");
             ResultSet row = select.executeQuery()) {
            row.next();
            assertThat(row.getObject(1, LocalDate.class)).isEqualTo(DAY.plusDays(1));
        }
    }

    @Test
    void openProposalsAreTheFriendsOfProposedRowsOnly() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("insert into matches (id, public_id, user_id, friend_id, status, score, rank_position, breakdown,"
                    + " reasons, source, proposed_on, created_at, version) values"
                    + " (1, 'a', 1, 3, 'PROPOSED', 50, 1, '{}', '[]', 'NIGHTLY', current_date, current_timestamp, 0),"
                    + " (2, 'b', 1, 4, 'DECLINED', 40, 2, '{}', '[]', 'NIGHTLY', current_date, current_timestamp, 0),"
                    + " (3, 'c', 2, 4, 'PROPOSED', 40, 1, '{}', '[]', 'NIGHTLY', current_date, current_timestamp, 0)");
        }

        assertThat(sets.openProposals(List.of(1L, 2L))).isEqualTo(Map.of(1L, Set.of(3L), 2L, Set.of(4L)));
        assertThat(sets.openProposals(List.of(3L))).isEmpty();
    }

    @Test
    void noticesAreQueuedOncePerSeekerAndDayWithIdsFromWholeSequenceBlocks() throws SQLException {
        NewMatchNotices.queue(connection, false, List.of(new NewMatchNotices.Notice(1, 3),
                new NewMatchNotices.Notice(2, 1)), DAY, NOW);
        NewMatchNotices.queue(connection, false, List.of(new NewMatchNotices.Notice(2, 5),
                new NewMatchNotices.Notice(3, 2)), DAY, NOW);
        NewMatchNotices.queue(connection, false, List.of(new NewMatchNotices.Notice(1, 4)), DAY.plusDays(1), NOW);

        List<String> rows = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, user_id, kind, payload, dedupe_key"
                + " from notifications_outbox order by user_id, dedupe_key");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                ids.add(row.getLong(1));
                rows.add(row.getLong(2) + " " + row.getString(3) + " " + row.getString(4) + " " + row.getString(5));
            }
        }
        assertThat(rows).containsExactly(
                "1 NEW_MATCH {\"title\":\"New friend match!\",\"proposals\":3} new-match:1:2026-03-02",
                "1 NEW_MATCH {\"title\":\"New friend match!\",\"proposals\":4} new-match:1:2026-03-03",
                "2 NEW_MATCH {\"title\":\"New friend match!\",\"proposals\":1} new-match:2:2026-03-02",
                "3 NEW_MATCH {\"title\":\"New friend match!\",\"proposals\":2} new-match:3:2026-03-02");
        assertThat(ids).doesNotHaveDuplicates();
    }
}
