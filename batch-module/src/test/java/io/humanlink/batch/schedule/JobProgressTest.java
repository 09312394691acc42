package io.humanlink.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobProgressTest {

    @Test
    void countsPerExecution() {
        JobProgress progress = new JobProgress();

        progress.read(7, 10);
        progress.read(7, 5);
        progress.written(7, 10);
        progress.read(8, 1);

        assertThat(progress.of(7)).contains(new ItemCounts(15, 10));
        assertThat(progress.of(8)).contains(new ItemCounts(1, 0));
        assertThat(progress.of(9)).isEmpty();
    }

    @Test
    void keepsOnlyTheNewestExecutions() {
        JobProgress progress = new JobProgress();

        for (long id = 1; id <= JobProgress.KEPT + 10; id++) {
            progress.read(id, 1);
        }
        progress.read(3, 1);

        assertThat(progress.of(1)).isEmpty();
        assertThat(progress.of(JobProgress.KEPT + 10)).contains(new ItemCounts(1, 0));
        assertThat(progress.of(3)).contains(new ItemCounts(1, 0));
    }
}
