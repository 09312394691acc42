package io.humanlink.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Bean-managed transactions, because a
 * container transaction around start-up would swallow Flyway's own commits; Flyway gets this class's loader, because
 * Payara's loaders otherwise hide {@code db/migration}. Vendor-specific scripts go in {@code db/vendor/{vendor}}
 * (outside {@code db/migration}, which Flyway scans recursively), e.g. PostgreSQL's exclusion constraints. Runs after
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
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now) on " + result.database);
    }
}
