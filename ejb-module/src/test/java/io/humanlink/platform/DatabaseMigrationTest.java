package io.humanlink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseMigrationTest {

    @Test
    void theVendorIsTheProductNameAsADirectoryName() {
        assertThat(DatabaseMigration.vendorOf("PostgreSQL")).isEqualTo("postgresql");
        assertThat(DatabaseMigration.vendorOf("H2")).isEqualTo("h2");
    }

    @Test
    void locationsNameRealDirectoriesWithoutPlaceholders() {
        // Flyway does not expand {vendor} (Spring Boot does): given literally, the PostgreSQL scripts never ran.
        assertThat(DatabaseMigration.locations("postgresql"))
                .containsExactly("classpath:db/migration", "classpath:db/vendor/postgresql")
                .noneMatch(location -> location.contains("{") || location.contains("}"));
    }

    @Test
    void thePostgresqlLocationHoldsTheNonOverlapScripts() {
        ClassLoader loader = DatabaseMigration.class.getClassLoader();
        String directory = DatabaseMigration.locations("postgresql")[1].substring("classpath:".length());

        assertThat(loader.getResource(directory + "/V5_1__sessions_never_overlap.sql")).isNotNull();
        assertThat(loader.getResource(directory + "/V5_2__sessions_person_never_overlaps.sql")).isNotNull();
    }
}
