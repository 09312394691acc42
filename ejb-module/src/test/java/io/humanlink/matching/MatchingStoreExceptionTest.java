package io.humanlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class MatchingStoreExceptionTest {

    @Test
    void deadlocksAndSerializationFailuresAreTransient() {
        assertThat(MatchingStoreException.of("x", new SQLException("deadlock", "40P01")))
                .isInstanceOf(MatchingStoreException.Transient.class);
        assertThat(MatchingStoreException.of("x", new SQLException("serialization", "40001")))
                .isInstanceOf(MatchingStoreException.Transient.class);
    }

    @Test
    void aBatchReportsTheRealFailureInItsNextException() {
        SQLException batch = new SQLException("batch entry 3 was aborted", "XX000");
        batch.setNextException(new SQLException("deadlock detected", "40P01"));

        assertThat(MatchingStoreException.of("x", batch)).isInstanceOf(MatchingStoreException.Transient.class);
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThat(MatchingStoreException.of("x", new SQLException("no such column", "42703")))
                .isNotInstanceOf(MatchingStoreException.Transient.class);
    }
}
