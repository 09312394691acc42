package io.humanlink.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Bean-managed transactions, because a
 * container transaction around start-up would swallow Flyway's own commits; Flyway gets this class's loader, because
 * Payara's loaders otherwise hide {@code db/migration}. Vendor-specific scripts go in {@code db/vendor/<vendor>}
 * (outside {@code db/migration}, which Flyway scans recursively), e.g. PostgreSQL's exclusion constraints; the vendor
 * is resolved here from the connection, because Flyway itself does not expand a {@code {vendor}} placeholder (that is
 * Spring Boot's feature: given literally, the location matched nothing and the vendor scripts never ran). Runs after
 * {@link ProductionSafety}, so a misconfigured production never migrates.
 */
@Singleton
@Startup
@DependsOn("ProductionSafety")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/humanlink")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        String vendor = vendor();
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(vendor))
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now) on " + result.database + " (" + vendor + ")");
    }

    /** The common migrations, then the vendor's own (a vendor without any, such as H2, just has none there). */
    static String[] locations(String vendor) {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }

    /** The directory name of a database product: "PostgreSQL" is postgresql, "H2" is h2. */
    static String vendorOf(String databaseProductName) {
        return databaseProductName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            return vendorOf(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database jdbc/humanlink is", e);
        }
    }
}
