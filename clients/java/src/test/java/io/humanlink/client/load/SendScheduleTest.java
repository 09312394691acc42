package io.humanlink.client.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendScheduleTest {

    private static final long MS = 1_000_000;

    @Test
    void aClientOwesRateTimesElapsedMinusWhatItWasDue() {
        SendSchedule schedule = new SendSchedule(100, 0, 1000);

        assertThat(schedule.due(5 * MS, 0)).isEqualTo(new SendSchedule.Due(0, 0));
        assertThat(schedule.due(10 * MS, 0)).isEqualTo(new SendSchedule.Due(1, 0));
        assertThat(schedule.due(20 * MS, 0)).isEqualTo(new SendSchedule.Due(1, 0));
        assertThat(schedule.due(1000 * MS, 0)).as("a late tick catches up").isEqualTo(new SendSchedule.Due(98, 0));
    }

    @Test
    void theWindowHoldsBackWhatWouldExceedItAndThoseAreSkippedNotOwedLater() {
        SendSchedule schedule = new SendSchedule(1000, 0, 10);

        assertThat(schedule.due(20 * MS, 4)).isEqualTo(new SendSchedule.Due(6, 14));
        assertThat(schedule.due(21 * MS, 10)).isEqualTo(new SendSchedule.Due(0, 1));
        assertThat(schedule.due(22 * MS, 0)).isEqualTo(new SendSchedule.Due(1, 0));
    }
}
