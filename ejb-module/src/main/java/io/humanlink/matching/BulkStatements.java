package io.humanlink.matching;

import io.humanlink.platform.DatabaseProduct;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes PostgreSQL plan each of the matching job's statements for the table as it is now. The job fills the
 * matches table as it goes; a plan cached while the table looked empty (a sequential scan) would otherwise be reused
 * for every later chunk and make the job quadratic — seen when statistics lag behind (autovacuum off or not yet run).
 * {@code SET LOCAL} lasts until the end of the current transaction (the chunk); other databases need nothing.
 */
final class BulkStatements {

    private BulkStatements() {
    }

    static void planForCurrentData(Connection connection) throws SQLException {
        if (DatabaseProduct.isPostgres(connection)
                && !connection.getAutoCommit()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local plan_cache_mode = force_custom_plan");
            }
        }
    }
}
