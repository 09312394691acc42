package io.humanlink.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SurveyServiceTest {

    @Test
    void aUniqueViolationIsRecognisedAnywhereInTheCauseChain() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(SurveyService.isUniqueViolation(new PersistenceException(new RuntimeException(unique)))).isTrue();
    }

    @Test
    void aBatchedInsertReportsItAsTheNextException() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 failed", "42000", new int[0]);
        batch.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(SurveyService.isUniqueViolation(new PersistenceException(batch))).isTrue();
    }

    @Test
    void otherFailuresAreNotTakenForAnAnswerGivenTwice() {
        assertThat(SurveyService.isUniqueViolation(new PersistenceException(
                new SQLException("foreign key", "23503")))).isFalse();
        assertThat(SurveyService.isUniqueViolation(new PersistenceException("no cause"))).isFalse();
    }
}
