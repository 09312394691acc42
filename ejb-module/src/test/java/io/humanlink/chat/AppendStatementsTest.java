package io.humanlink.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.platform.EmbeddedDevDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat store's statements on the embedded dev database (H2, the real migrations): the integration tests cover
 * PostgreSQL, nothing else would notice a statement the dev database cannot run.
 */
class AppendStatementsTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.123456Z");
    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private Connection connection;
    private AppendStatements sql;

    @BeforeEach
    void database() throws SQLException {
        connection = EmbeddedDevDatabase.migrated();
        sql = new AppendStatements(connection, false);
        for (long user = 1; user <= 3; user++) {
            EmbeddedDevDatabase.insertUser(connection, user, userId(user));
        }
        try (Statement s = connection.createStatement()) {
            s.execute("insert into conversations (id, public_id, kind, created_at, last_activity_at) values"
                    + " (10, '" + FIRST + "', 'MATCH', current_timestamp, current_timestamp),"
                    + " (20, '" + SECOND + "', 'MATCH', current_timestamp, current_timestamp)");
            s.execute("insert into conversation_members (conversation_id, user_id, joined_at) values"
                    + " (10, 1, current_timestamp), (10, 2, current_timestamp),"
                    + " (20, 2, current_timestamp), (20, 3, current_timestamp)");
            s.execute("insert into user_blocks (blocker_id, blocked_id, created_at) values (3, 2, current_timestamp)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void locksKnownConversationsAndReadsTheirMembersAndBlocks() throws SQLException {
        Map<UUID, AppendStatements.Locked> locked = sql.lock(List.of(SECOND, FIRST, UUID.randomUUID()));

        assertThat(locked).containsOnlyKeys(FIRST, SECOND);
        assertThat(locked.get(FIRST)).isEqualTo(new AppendStatements.Locked(10, 0));
        assertThat(sql.members(List.of(10L, 20L))).isEqualTo(Map.of(
                10L, Map.of(1L, userId(1), 2L, userId(2)), 20L, Map.of(2L, userId(2), 3L, userId(3))));
        assertThat(sql.blocked(List.of(10L, 20L))).isEqualTo(Map.of(20L, Set.of(2L, 3L)));
    }

    @Test
    void insertedMessagesAreFoundByTheirKeyAndLastSeqsMove() throws SQLException {
        List<AppendStatements.NewMessage> messages = List.of(
                new AppendStatements.NewMessage(10, 1, 1, "a-1", "hello, \"quoted\" {braces}"),
                new AppendStatements.NewMessage(10, 2, 2, "b-1", "back\\slash"),
                new AppendStatements.NewMessage(20, 1, 3, "c-1", "NULL"));
        sql.insert(messages, sql.allocateIds(messages.size()), NOW);
        Map<Long, Long> lastSeqs = new LinkedHashMap<>();
        lastSeqs.put(10L, 2L);
        lastSeqs.put(20L, 1L);
        sql.updateLastSeqs(lastSeqs, NOW);

        Map<String, AppendStatements.Stored> stored = sql.stored(List.of(10L, 10L, 20L, 20L), List.of(1L, 2L, 3L, 2L),
                List.of("a-1", "b-1", "c-1", "a-1"));
        assertThat(stored).containsOnlyKeys("10:1:a-1", "10:2:b-1", "20:3:c-1");
        assertThat(stored.get("10:2:b-1")).isEqualTo(new AppendStatements.Stored(2, NOW.truncatedTo(ChronoUnit.MICROS)));
        assertThat(rows("select conversation_id, seq, sender_id, client_msg_id, body, revision from messages"
                + " order by id")).containsExactly(
                "10|1|1|a-1|hello, \"quoted\" {braces}|1", "10|2|2|b-1|back\\slash|1", "20|1|3|c-1|NULL|1");
        assertThat(rows("select id, last_seq from conversations order by id")).containsExactly("10|2", "20|1");
    }

    @Test
    void idsAreTakenInWholeSequenceBlocksAsEclipseLinkTakesThem() throws SQLException {
        long[] first = sql.allocateIds(3);
        long[] second = sql.allocateIds(Message.ID_BLOCK + 1);

        // a nextval of v owns v - 49 ... v: the first ids start a block, the rest of it is left unused
        assertThat(first[0] % Message.ID_BLOCK).isEqualTo(1);
        assertThat(first).containsExactly(first[0], first[0] + 1, first[0] + 2);
        assertThat(second[0]).isEqualTo(first[0] + Message.ID_BLOCK);
        assertThat(second[Message.ID_BLOCK]).isEqualTo(second[0] + Message.ID_BLOCK);
        assertThat(Arrays.stream(second).distinct().count()).isEqualTo(second.length);
    }

    @Test
    void aSecondMessageUnderTheSameKeyIsRefusedByTheUniqueKey() throws SQLException {
        sql.insert(List.of(new AppendStatements.NewMessage(10, 1, 1, "a-1", "x")), sql.allocateIds(1), NOW);

        assertThatThrownBy(() -> sql.insert(List.of(new AppendStatements.NewMessage(10, 2, 1, "a-1", "y")),
                sql.allocateIds(1), NOW)).isInstanceOf(SQLException.class);
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private static UUID userId(long user) {
        return UUID.fromString("00000000-0000-0000-0000-00000000010" + user);
    }
}
