package io.humanlink.matching;

import java.sql.SQLException;
import java.util.Set;

/**
 * A database failure while reading or writing matching data. {@link Transient} marks the ones worth retrying as they
 * are (a deadlock or serialization failure between concurrent writers): the batch jobs list that class as retryable,
 * so one unlucky chunk is retried instead of failing the whole job.
 */
public class MatchingStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01");

    public MatchingStoreException(String message, SQLException cause) {
        super(message, cause);
    }

    /** The failure fits the situation: transient when any exception in the chain says so. */
    public static MatchingStoreException of(String message, SQLException cause) {
        for (SQLException e = cause; e != null; e = e.getNextException()) {
            if (e.getSQLState() != null && TRANSIENT_STATES.contains(e.getSQLState())) {
                return new Transient(message, cause);
            }
        }
        return new MatchingStoreException(message, cause);
    }

    /** A failure that a retry of the same work is expected to get past. */
    public static class Transient extends MatchingStoreException {

        private static final long serialVersionUID = 1L;

        Transient(String message, SQLException cause) {
            super(message, cause);
        }
    }
}
