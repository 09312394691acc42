package io.humanlink.web.platform;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a failure caused by another request changing the same data at the same moment, wherever in the cause
 * chain the container put it: a lost optimistic lock, or a database refusal for a unique key taken meanwhile (23505),
 * a serialization failure (40001), a deadlock (40P01) or a lock wait timeout (HYT00, H2). Such a request did nothing
 * and may simply be retried.
 */
final class ConcurrentChanges {

    private static final Set<String> OPTIMISTIC_LOCK_FAILURES = Set.of(
            "jakarta.persistence.OptimisticLockException",
            "org.eclipse.persistence.exceptions.OptimisticLockException");
    private static final Set<String> CONFLICT_SQL_STATES = Set.of("23505", "40001", "40P01", "HYT00");
    /** Guards against cause chains that loop. */
    private static final int MAX_DEPTH = 64;

    private ConcurrentChanges() {
    }

    static boolean isConflict(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (isOptimisticLockFailure(t)) {
                return true;
            }
            if (t instanceof SQLException sql && hasConflictState(sql)) {
                return true;
            }
        }
        return false;
    }

    /** By class name, so the web tier needs no compile-time dependency on the JPA provider. */
    private static boolean isOptimisticLockFailure(Throwable t) {
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (OPTIMISTIC_LOCK_FAILURES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    /** Batched statements report the real failure in the chain of "next" exceptions. */
    private static boolean hasConflictState(SQLException sql) {
        int depth = 0;
        for (SQLException e = sql; e != null && depth < MAX_DEPTH; e = e.getNextException(), depth++) {
            if (e.getSQLState() != null && CONFLICT_SQL_STATES.contains(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
