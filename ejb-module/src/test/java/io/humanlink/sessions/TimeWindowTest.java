package io.humanlink.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private static final Instant BASE = Instant.parse("2027-06-07T00:00:00Z");

    @Test
    void aWindowMustEndAfterItStarts() {
        assertThatThrownBy(() -> w(10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w(10, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeWindow(null, BASE)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void touchingWindowsDoNotOverlapButSharedTimeDoes() {
        assertThat(w(0, 10).overlaps(w(10, 20))).isFalse();
        assertThat(w(10, 20).overlaps(w(0, 10))).isFalse();
        assertThat(w(0, 11).overlaps(w(10, 20))).isTrue();
        assertThat(w(0, 30).overlaps(w(10, 20))).isTrue();
    }

    @Test
    void aWindowContainsItselfAndWhatLiesInsideItsEdges() {
        assertThat(w(0, 10).contains(w(0, 10))).isTrue();
        assertThat(w(0, 10).contains(w(2, 10))).isTrue();
        assertThat(w(0, 10).contains(w(0, 11))).isFalse();
        assertThat(w(1, 10).contains(w(0, 5))).isFalse();
    }

    @Test
    void mergeSortsAndJoinsTouchingAndOverlappingWindows() {
        assertThat(TimeWindow.merge(List.of(w(30, 40), w(0, 10), w(10, 20), w(15, 25))))
                .containsExactly(w(0, 25), w(30, 40));
    }

    @Test
    void mergeKeepsTheLaterEndWhenAWindowLiesInsideAnother() {
        assertThat(TimeWindow.merge(List.of(w(0, 100), w(10, 20), w(20, 30)))).containsExactly(w(0, 100));
    }

    @Test
    void mergeOfNothingIsNothing() {
        assertThat(TimeWindow.merge(List.of())).isEmpty();
    }

    @Test
    void subtractingFromTheMiddleSplitsAWindow() {
        assertThat(TimeWindow.subtract(List.of(w(0, 60)), List.of(w(20, 30)))).containsExactly(w(0, 20), w(30, 60));
    }

    @Test
    void subtractingOverAnEdgeTrimsAndOverAllOfItRemoves() {
        assertThat(TimeWindow.subtract(List.of(w(0, 60)), List.of(w(50, 90)))).containsExactly(w(0, 50));
        assertThat(TimeWindow.subtract(List.of(w(10, 60)), List.of(w(0, 20)))).containsExactly(w(20, 60));
        assertThat(TimeWindow.subtract(List.of(w(10, 60)), List.of(w(10, 60)))).isEmpty();
        assertThat(TimeWindow.subtract(List.of(w(10, 60)), List.of(w(0, 90)))).isEmpty();
    }

    @Test
    void subtractingTimeThatOnlyTouchesChangesNothing() {
        assertThat(TimeWindow.subtract(List.of(w(10, 60)), List.of(w(0, 10), w(60, 70))))
                .containsExactly(w(10, 60));
    }

    @Test
    void subtractingSeveralCutsFromSeveralWindows() {
        assertThat(TimeWindow.subtract(List.of(w(0, 30), w(40, 100)), List.of(w(25, 45), w(50, 55), w(52, 60))))
                .containsExactly(w(0, 25), w(45, 50), w(60, 100));
    }

    @Test
    void subtractingNothingMergesTheWindows() {
        assertThat(TimeWindow.subtract(List.of(w(10, 20), w(0, 10)), List.of())).containsExactly(w(0, 20));
    }

    @Test
    void clipCutsWindowsToTheRangeAndDropsThoseOutsideOrOnlyTouchingIt() {
        assertThat(TimeWindow.clip(List.of(w(0, 10), w(15, 25), w(30, 40), w(50, 60)), at(10), at(50)))
                .containsExactly(w(15, 25), w(30, 40));
        assertThat(TimeWindow.clip(List.of(w(0, 100)), at(10), at(50))).containsExactly(w(10, 50));
    }

    private static TimeWindow w(int fromMinute, int toMinute) {
        return new TimeWindow(at(fromMinute), at(toMinute));
    }

    private static Instant at(int minute) {
        return BASE.plusSeconds(minute * 60L);
    }
}
