package io.humanlink.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklySlotsJsonTest {

    @Test
    void slotsComeBackAsTheyWereWrittenIncludingAnEndAtMidnight() {
        List<WeeklySlot> slots = List.of(
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(21, 30)),
                new WeeklySlot(DayOfWeek.SUNDAY, LocalTime.of(22, 15), LocalTime.MIDNIGHT),
                new WeeklySlot(DayOfWeek.WEDNESDAY, LocalTime.of(0, 0), LocalTime.of(9, 5)));

        String json = WeeklySlotsJson.write(slots);

        assertThat(json).contains("\"from\":\"18:00\"", "\"to\":\"00:00\"");
        assertThat(WeeklySlotsJson.read(json)).isEqualTo(slots);
        assertThat(WeeklySlotsJson.read("[]")).isEmpty();
    }

    @Test
    void keysInAnyOrderAndTimesWithSecondsStillRead() {
        assertThat(WeeklySlotsJson.read("[{\"to\":\"10:00:30\",\"day\":\"FRIDAY\",\"from\":\"08:30\",\"note\":\"x\"}]"))
                .containsExactly(new WeeklySlot(DayOfWeek.FRIDAY, LocalTime.of(8, 30), LocalTime.of(10, 0, 30)));
    }

    @Test
    void clockTimesOutOfRangeAreNotTakenForTimes() {
        assertThat(WeeklySlotsJson.clockTime("23:59")).isEqualTo(LocalTime.of(23, 59));
        assertThatThrownBy(() -> WeeklySlotsJson.clockTime("24:00")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> WeeklySlotsJson.clockTime("1a:00")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aSlotMissingATimeOrNotAnObjectIsRefused() {
        assertThatThrownBy(() -> WeeklySlotsJson.read("[{\"day\":\"MONDAY\",\"from\":\"08:00\"}]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day, from and to");
        assertThatThrownBy(() -> WeeklySlotsJson.read("[\"MONDAY\"]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected an object");
        assertThatThrownBy(() -> WeeklySlotsJson.read("{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("START_ARRAY");
    }
}
