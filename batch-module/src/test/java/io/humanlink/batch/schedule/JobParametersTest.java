package io.humanlink.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JobParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    @Test
    void everyAcceptedParameterIsFilledWithItsDefault() {
        Properties nightly = JobParameters.forStart(BatchJob.NIGHTLY_MATCHING, Map.of(), TODAY);
        Properties retention = JobParameters.forStart(BatchJob.RETENTION_REMATCH, null, TODAY);

        assertThat(nightly).containsOnly(Map.entry("runDate", "2026-03-04"), Map.entry("chunkSize", "200"),
                Map.entry("partitions", "8"));
        assertThat(retention).containsOnly(Map.entry("runDate", "2026-03-04"), Map.entry("chunkSize", "200"));
    }

    @Test
    void requestedValuesAsStringsOrNumbersAreTaken() {
        Properties parameters = JobParameters.forStart(BatchJob.NIGHTLY_MATCHING,
                Map.of("runDate", "2025-12-31", "chunkSize", new BigDecimal("10"), "partitions", "4"), TODAY);

        assertThat(parameters).containsOnly(Map.entry("runDate", "2025-12-31"), Map.entry("chunkSize", "10"),
                Map.entry("partitions", "4"));
    }

    @Test
    void limitsAreInclusive() {
        Properties parameters = JobParameters.forStart(BatchJob.NIGHTLY_MATCHING,
                Map.of("chunkSize", 1000, "partitions", 16L), TODAY);

        assertThat(parameters.getProperty("chunkSize")).isEqualTo("1000");
        assertThat(parameters.getProperty("partitions")).isEqualTo("16");
    }

    @Test
    void badValuesAreListedByField() {
        DomainException e = validationFailure(BatchJob.NIGHTLY_MATCHING,
                Map.of("runDate", "2026-02-30", "chunkSize", 0, "partitions", new BigDecimal("1.5")));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.slug()).isEqualTo("validation");
        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("parameters.runDate", "parameters.chunkSize", "parameters.partitions");
    }

    @Test
    void chunkSizeMustBeAWholeNumberInRange() {
        for (Object bad : new Object[] {"ten", "", 1001, -5, true, new BigDecimal("2.5"), "1e3"}) {
            DomainException e = validationFailure(BatchJob.RETENTION_REMATCH, Map.of("chunkSize", bad));
            assertThat(e.fieldErrors()).as(String.valueOf(bad)).extracting(FieldError::field)
                    .containsExactly("parameters.chunkSize");
        }
    }

    @Test
    void runDateMustBeAnIsoDate() {
        for (Object bad : new Object[] {"04.03.2026", "2026-3-4", "+12026-03-04", 20260304, "2026-13-01"}) {
            DomainException e = validationFailure(BatchJob.NIGHTLY_MATCHING, Map.of("runDate", bad));
            assertThat(e.fieldErrors()).as(String.valueOf(bad)).extracting(FieldError::field)
                    .containsExactly("parameters.runDate");
        }
    }

    @Test
    void unknownAndForeignParametersAreRefused() {
        DomainException unknown = validationFailure(BatchJob.NIGHTLY_MATCHING, Map.of("threads", "4"));
        DomainException foreign = validationFailure(BatchJob.RETENTION_REMATCH, Map.of("partitions", "2"));

        assertThat(unknown.fieldErrors()).extracting(FieldError::field).containsExactly("parameters.threads");
        assertThat(unknown.fieldErrors().getFirst().message()).contains("chunkSize, partitions, runDate");
        assertThat(foreign.fieldErrors()).extracting(FieldError::field).containsExactly("parameters.partitions");
    }

    @Test
    void runDateOfAnArtifactDefaultsToTodayInUtc() {
        Clock lateEveningInBerlin = Clock.fixed(Instant.parse("2026-03-04T23:30:00Z"), ZoneId.of("Europe/Berlin"));

        assertThat(JobParameters.runDate("2026-01-02", lateEveningInBerlin)).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(JobParameters.runDate("", lateEveningInBerlin)).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(JobParameters.runDate(null, lateEveningInBerlin)).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThatThrownBy(() -> JobParameters.runDate("tomorrow", lateEveningInBerlin))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runDate");
    }

    @Test
    void referenceIsMidnightUtcOfTheRunDate() {
        assertThat(JobParameters.reference(LocalDate.of(2026, 3, 4))).isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
    }

    @Test
    void artifactPropertiesFallBackWhenEmpty() {
        assertThat(JobParameters.positiveInt("", 200, "pageSize")).isEqualTo(200);
        assertThat(JobParameters.positiveInt(" 10 ", 200, "pageSize")).isEqualTo(10);
        assertThat(JobParameters.longValue(null, -1, "afterId")).isEqualTo(-1);
        assertThat(JobParameters.longValue("9223372036854775807", -1, "upToId")).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> JobParameters.positiveInt("0", 200, "pageSize"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobParameters.longValue("x", 1, "afterId"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static DomainException validationFailure(BatchJob job, Map<String, ?> requested) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> JobParameters.forStart(job, requested, TODAY));
        assertThat(thrown).isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }
}
