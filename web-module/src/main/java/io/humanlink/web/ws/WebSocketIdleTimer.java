package io.humanlink.web.ws;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.server.ServerContainer;
import java.lang.reflect.Field;
import java.util.concurrent.Delayed;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the WebSocket runtime (Tyrus 2.2.0 in Payara 7) a plain scheduler for its idle-timeout timer instead of the
 * container's default {@code ManagedScheduledExecutorService}.
 * <p>
 * Why: Tyrus cancels and schedules an idle-timeout task for every frame a socket receives and every frame it sends,
 * even when no idle timeout is set (the task then does nothing). On a managed executor each scheduled task captures
 * the caller's context, and Payara's capture looks up {@code ThreadContextProvider} services through the
 * application's class loader every time, which scans every runtime jar: under chat load that was about half of the
 * server's CPU. Turning the default executor's context propagation off does not help (the look-up runs anyway).
 * <p>
 * The replacement is one scheduler thread made by the container's {@link ManagedThreadFactory}, so the application's
 * context is on that thread once, not captured per task: the timer still closes sockets idle past a timeout set on
 * them ({@code @OnClose} then runs there as before). Cancelled timers are removed from its queue at once.
 * <p>
 * Without an idle timeout (the chat sets none) Tyrus still schedules its timer task for every frame, with a delay of
 * 0 (the timeout), and the task then finds no timeout and does nothing. Handing each of those to the scheduler thread
 * woke that thread three times per chat message; {@link IdleTimer} runs a task that is due at once on the calling
 * thread instead, which is what the scheduler thread would have done, minus the wake-up.
 * Tyrus keeps its scheduler in a private field of its container ({@code BaseContainer.managedScheduledExecutorService},
 * read by each new session); this sets it by reflection when the application starts, before any socket opens. If a
 * Tyrus version no longer has that field, this logs a warning and changes nothing (sockets work as before, only
 * slower).
 */
@WebListener
public class WebSocketIdleTimer implements ServletContextListener {

    static final String TYRUS_FIELD = "managedScheduledExecutorService";

    private static final Logger LOG = Logger.getLogger(WebSocketIdleTimer.class.getName());

    @Resource
    ManagedThreadFactory threadFactory;

    private ScheduledThreadPoolExecutor timer;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Object container = event.getServletContext().getAttribute(ServerContainer.class.getName());
        ScheduledThreadPoolExecutor replacement = newTimer(threadFactory);
        if (install(container, replacement)) {
            timer = replacement;
            LOG.info(() -> "WebSocket idle timeouts run on a plain scheduler thread, not on the managed scheduled"
                    + " executor (no context capture per frame)");
        } else {
            replacement.shutdownNow();
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    static ScheduledThreadPoolExecutor newTimer(ManagedThreadFactory threadFactory) {
        return new IdleTimer(runnable -> {
            Thread thread = threadFactory.newThread(runnable);
            thread.setName("humanlink-websocket-idle-timer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One scheduler thread for delayed tasks; a task due at once runs on the caller's thread (see above). */
    static final class IdleTimer extends ScheduledThreadPoolExecutor {

        IdleTimer(ThreadFactory threadFactory) {
            super(1, threadFactory);
            setRemoveOnCancelPolicy(true);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            if (delay > 0 || isShutdown()) {
                return super.schedule(command, delay, unit);
            }
            try {
                command.run();
            } catch (RuntimeException e) {  // as the scheduler thread would: the caller's frame goes on
                LOG.log(Level.WARNING, "WebSocket idle timer task failed", e);
            }
            return RAN;
        }

        // The executor's own execute and submit schedule with a delay of 0: they keep going to the thread.
        @Override
        public void execute(Runnable command) {
            super.schedule(command, 0, TimeUnit.NANOSECONDS);
        }

        @Override
        public Future<?> submit(Runnable task) {
            return super.schedule(task, 0, TimeUnit.NANOSECONDS);
        }
    }

    /** The future of a task that already ran. */
    private static final ScheduledFuture<?> RAN = new ScheduledFuture<Object>() {
        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(0, other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return true;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    };

    /** Sets the container's scheduler; false (and a warning) when the container is not one this knows. */
    static boolean install(Object container, ScheduledExecutorService scheduler) {
        if (container == null) {
            LOG.warning("no WebSocket container in the servlet context; its idle timer is left as it is");
            return false;
        }
        for (Class<?> type = container.getClass(); type != null; type = type.getSuperclass()) {
            Field field;
            try {
                field = type.getDeclaredField(TYRUS_FIELD);
            } catch (NoSuchFieldException e) {
                continue;
            }
            if (field.getType() != ScheduledExecutorService.class) {
                break;
            }
            try {
                field.setAccessible(true);
                field.set(container, scheduler);
                return true;
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not give the WebSocket container (" + container.getClass().getName()
                        + ") a plain idle timer; it keeps the managed scheduled executor (slower)", e);
                return false;
            }
        }
        LOG.warning(() -> "the WebSocket container " + container.getClass().getName() + " has no " + TYRUS_FIELD
                + " field (not the Tyrus version this was written for); its idle timer is left as it is");
        return false;
    }
}
