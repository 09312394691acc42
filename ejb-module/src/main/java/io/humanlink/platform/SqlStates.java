package io.humanlink.platform;

import java.sql.SQLException;
import java.util.Set;

/** Finds a database refusal of a given SQLState anywhere in a failure's cause chain (JPA wraps them deeply). */
public final class SqlStates {

    /** PostgreSQL: an exclusion constraint refused the row. */
    public static final String EXCLUSION_VIOLATION = "23P01";
    public static final String UNIQUE_VIOLATION = "23505";

    /** Guards against cause chains that loop. */
    private static final int MAX_DEPTH = 64;

    private SqlStates() {
    }

    public static boolean causedBy(Throwable failure, String... states) {
        Set<String> wanted = Set.of(states);
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                int next = 0;
                for (SQLException e = sql; e != null && next < MAX_DEPTH; e = e.getNextException(), next++) {
                    if (e.getSQLState() != null && wanted.contains(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
