package io.humanlink.web.ws;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.server.ServerContainer;
import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
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
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = threadFactory.newThread(runnable);
            thread.setName("humanlink-websocket-idle-timer");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

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
