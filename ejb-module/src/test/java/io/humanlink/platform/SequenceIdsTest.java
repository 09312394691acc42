package io.humanlink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SequenceIdsTest {

    private Connection connection;

    @BeforeEach
    void database() throws SQLException {
        connection = EmbeddedDevDatabase.migrated();
    }

    @AfterEach
    void close() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void sequenceIdsComeInWholeBlocksEndingAtTheSequenceValueAsEclipseLinkTakesThem() throws SQLException {
        SequenceIds ids = new SequenceIds(connection);

        long[] taken = ids.take("matches_seq", 60);
        long next = ids.next("matches_seq");

        assertThat(taken).hasSize(60).doesNotHaveDuplicates();
        assertThat(taken[0] % SequenceIds.BLOCK).as("a block starts one past a multiple of 50").isEqualTo(1);
        assertThat(taken[49] + 1).isEqualTo(taken[50]);
        assertThat(next).isGreaterThan(taken[59]);
        assertThat(next % SequenceIds.BLOCK).isEqualTo(1);
        assertThat(ids.take("matches_seq", 0)).isEmpty();
    }
}
