package io.humanlink.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobSchedulesTest {

    @Test
    void dailyTimeBecomesACalendarScheduleInTheZone() {
        ScheduleExpression schedule = JobSchedules.daily("02:30", "UTC");

        assertThat(schedule.getHour()).isEqualTo("2");
        assertThat(schedule.getMinute()).isEqualTo("30");
        assertThat(schedule.getSecond()).isEqualTo("0");
        assertThat(schedule.getDayOfMonth()).isEqualTo("*");
        assertThat(schedule.getMonth()).isEqualTo("*");
        assertThat(schedule.getDayOfWeek()).isEqualTo("*");
        assertThat(schedule.getYear()).isEqualTo("*");
        assertThat(schedule.getTimezone()).isEqualTo("UTC");
    }

    @Test
    void defaultTimesOfTheJobsAreValid() {
        for (BatchJob job : BatchJob.values()) {
            assertThat(JobSchedules.daily(job.defaultTime(), "UTC")).as(job.jobName()).isNotNull();
        }
        assertThat(JobSchedules.daily(BatchJob.NIGHTLY_MATCHING.defaultTime(), "UTC").getHour()).isEqualTo("2");
        assertThat(JobSchedules.daily(BatchJob.RETENTION_REMATCH.defaultTime(), "UTC").getHour()).isEqualTo("3");
    }

    @Test
    void regionalZoneAndSurroundingBlanksAreAccepted() {
        ScheduleExpression schedule = JobSchedules.daily(" 23:59 ", " Europe/Berlin ");

        assertThat(schedule.getHour()).isEqualTo("23");
        assertThat(schedule.getMinute()).isEqualTo("59");
        assertThat(schedule.getTimezone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void singleDigitHourAndMidnight() {
        assertThat(JobSchedules.daily("3:05", "UTC").getHour()).isEqualTo("3");
        assertThat(JobSchedules.daily("3:05", "UTC").getMinute()).isEqualTo("5");
        assertThat(JobSchedules.daily("00:00", "UTC").getHour()).isEqualTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "OFF", " Off "})
    void offMeansNotScheduled(String at) {
        assertThat(JobSchedules.daily(at, "UTC")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2:3", "24:00", "12:60", "2.30", "02:30:00", "noon", "-1:30"})
    void invalidTimesAreRefusedWithTheValue(String at) {
        assertThatThrownBy(() -> JobSchedules.daily(at, "UTC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + at + "'");
    }

    @Test
    void nullTimeIsRefused() {
        assertThatThrownBy(() -> JobSchedules.daily(null, "UTC")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Mars/Olympus", "CEST+99"})
    void invalidZonesAreRefusedWithTheKey(String zone) {
        assertThatThrownBy(() -> JobSchedules.daily("02:30", zone))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("humanlink.jobs.timezone");
    }

    @Test
    void timeKeysFollowTheJobNames() {
        assertThat(BatchJob.NIGHTLY_MATCHING.timeKey()).isEqualTo("humanlink.jobs.nightly-matching.at");
        assertThat(BatchJob.RETENTION_REMATCH.timeKey()).isEqualTo("humanlink.jobs.retention-rematch.at");
    }
}
