package io.humanlink.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which database a connection talks to, for the few statements that differ between PostgreSQL (production, tests)
 * and the embedded dev database.
 */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
