package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

class WebSocketIdleTimerTest {

    /** Shaped like Tyrus's BaseContainer: the scheduler in a private final field of a superclass. */
    static class BaseContainer {
        private final ScheduledExecutorService managedScheduledExecutorService;

        BaseContainer(ScheduledExecutorService scheduler) {
            this.managedScheduledExecutorService = scheduler;
        }

        ScheduledExecutorService scheduler() {
            return managedScheduledExecutorService;
        }
    }

    static class ServerContainer extends BaseContainer {
        ServerContainer(ScheduledExecutorService scheduler) {
            super(scheduler);
        }
    }

    @Test
    void replacesTheSchedulerOfATyrusShapedContainer() {
        ScheduledExecutorService managed = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService plain = Executors.newSingleThreadScheduledExecutor();
        try {
            ServerContainer container = new ServerContainer(managed);

            assertThat(WebSocketIdleTimer.install(container, plain)).isTrue();
            assertThat(container.scheduler()).isSameAs(plain);
        } finally {
            managed.shutdownNow();
            plain.shutdownNow();
        }
    }

    @Test
    void leavesAnUnknownContainerAlone() {
        ScheduledExecutorService plain = Executors.newSingleThreadScheduledExecutor();
        try {
            assertThat(WebSocketIdleTimer.install(new Object(), plain)).isFalse();
            assertThat(WebSocketIdleTimer.install(null, plain)).isFalse();
        } finally {
            plain.shutdownNow();
        }
    }
}
