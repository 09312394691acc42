package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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

    @Test
    void aTaskDueAtOnceRunsOnTheCallerAndALaterOneOnTheTimer() throws Exception {
        WebSocketIdleTimer.IdleTimer timer = new WebSocketIdleTimer.IdleTimer(Thread::new);
        try {
            Thread caller = Thread.currentThread();
            AtomicReference<Thread> now = new AtomicReference<>();
            CompletableFuture<Thread> later = new CompletableFuture<>();

            ScheduledFuture<?> ran = timer.schedule(() -> now.set(Thread.currentThread()), 0, TimeUnit.MILLISECONDS);
            timer.schedule(() -> later.complete(Thread.currentThread()), 10, TimeUnit.MILLISECONDS);

            assertThat(now.get()).isSameAs(caller);
            assertThat(ran.isDone()).isTrue();
            assertThat(ran.cancel(false)).isFalse();
            assertThat(later.get(5, TimeUnit.SECONDS)).isNotSameAs(caller);
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void aCancelledLaterTaskNeverRuns() throws Exception {
        WebSocketIdleTimer.IdleTimer timer = new WebSocketIdleTimer.IdleTimer(Thread::new);
        try {
            AtomicReference<String> ran = new AtomicReference<>();
            ScheduledFuture<?> future = timer.schedule(() -> ran.set("ran"), 50, TimeUnit.MILLISECONDS);

            assertThat(future.cancel(false)).isTrue();
            assertThat(timer.getQueue()).isEmpty();
            Thread.sleep(150);
            assertThat(ran.get()).isNull();
        } finally {
            timer.shutdownNow();
        }
    }
}
