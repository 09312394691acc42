package io.humanlink.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory embedded dev database (H2) with the real migrations, for tests of plain-JDBC statements that
 * PostgreSQL runs in the integration tests: nothing else would notice a statement the dev database cannot run.
 */
public final class EmbeddedDevDatabase {

    private EmbeddedDevDatabase() {
    }

    /** A connection to a new database, migrated, with auto-commit off (roll back to throw the test's rows away). */
    public static Connection migrated() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure(EmbeddedDevDatabase.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        Connection connection = DriverManager.getConnection(url, "sa", "");
        connection.setAutoCommit(false);
        return connection;
    }

    /** An active user with this row id and public id. */
    public static void insertUser(Connection connection, long id, UUID publicId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into users (id, public_id, display_name,"
                + " time_zone, locale, status, created_at, updated_at, version)"
                + " values (?, ?, 'u', 'UTC', 'en', 'ACTIVE', current_timestamp, current_timestamp, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, publicId.toString());
            insert.executeUpdate();
        }
    }
}
