package io.humanlink.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The per-JVM group-commit writer of chat messages (ARCHITECTURE §7): sends from every connection wait in a bounded
 * queue, and a writer thread stores whatever is waiting with one {@link MessageStore#appendAll} call, that is one
 * transaction and one commit for many messages (see {@link GroupCommit}). Each sender's future completes after that
 * commit, so acks still follow the commit; seq numbering and clientMsgId de-duplication are the store's, unchanged.
 * <p>
 * With {@code writers > 1} each conversation always goes to the same writer (by its id), so the sends of one
 * conversation are still stored in the order they arrived. Writer threads come from the container's
 * {@link ManagedThreadFactory}, so they carry the application's context (transactions, CDI events after commit).
 * Switched off ({@code humanlink.chat.group-commit.enabled=false}), every send is its own transaction, as before.
 */
@ApplicationScoped
public class MessageWriter {

    private static final Logger LOG = Logger.getLogger(MessageWriter.class.getName());
    static final int MAX_BATCH = 5000;
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    @Inject
    @ConfigProperty(name = "humanlink.chat.group-commit.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "humanlink.chat.group-commit.batch-size", defaultValue = "500")
    int batchSize;

    @Inject
    @ConfigProperty(name = "humanlink.chat.group-commit.max-wait", defaultValue = "PT0.002S")
    Duration maxWait;

    @Inject
    @ConfigProperty(name = "humanlink.chat.group-commit.queue", defaultValue = "20000")
    int queueCapacity;

    @Inject
    @ConfigProperty(name = "humanlink.chat.group-commit.writers", defaultValue = "2")
    int writerCount;

    @Inject
    MessageStore store;

    @Inject
    ChatSettings settings;

    @Resource
    ManagedThreadFactory threadFactory;

    private MessageRules rules;
    private final List<GroupCommit> lanes = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    @PostConstruct
    void start() {
        // The store binds a parameter or two per send; PostgreSQL takes at most 32 767 per statement.
        if (batchSize < 1 || batchSize > MAX_BATCH || queueCapacity < 1 || writerCount < 1 || writerCount > 16
                || maxWait.isNegative() || maxWait.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalStateException("humanlink.chat.group-commit.*: batch-size, queue and writers (1-16) must be"
                    + " positive, batch-size at most " + MAX_BATCH + ", max-wait between 0 and 1 s");
        }
        rules = new MessageRules(settings.maxMessageBytes());
        if (!enabled) {
            return;
        }
        running = true;
        for (int i = 0; i < writerCount; i++) {
            GroupCommit lane = new GroupCommit(queueCapacity, batchSize, maxWait.toNanos(), store::appendAll);
            Thread thread = threadFactory.newThread(() -> drain(lane));
            thread.setName("humanlink-chat-writer-" + i);
            lanes.add(lane);
            threads.add(thread);
            thread.start();
        }
    }

    /**
     * Checks one send against {@link MessageRules} (body and clientMsgId) and stores it; the future completes with its
     * outcome once it is committed, refused or failed. No transaction is held while it waits, and none is begun here:
     * this runs for every frame a socket sends, and a transactional interceptor around it (even one that only
     * suspends) cost more than the check.
     */
    public CompletableFuture<SendOutcome> send(Send send) {
        Optional<Refusal> refusal = rules.check(send.clientMsgId(), send.body());
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(new SendOutcome.Refused(send, refusal.get()));
        }
        return submit(send);
    }

    /**
     * Stores the send (already checked against {@link MessageRules}); the future completes once it is committed,
     * refused or failed. Without group commit it is stored before this returns.
     */
    CompletableFuture<SendOutcome> submit(Send send) {
        if (!enabled) {
            try {
                return CompletableFuture.completedFuture(store.appendAll(List.of(send)).getFirst());
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return lanes.get(Math.floorMod(send.conversationId().hashCode(), lanes.size())).submit(send);
    }

    private void drain(GroupCommit lane) {
        while (running) {
            try {
                lane.writeNextBatch(POLL_NANOS);
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "chat writer failed a batch; it goes on with the next", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        lanes.forEach(lane -> lane.failWaiting(new IllegalStateException("the chat writer stopped")));
    }
}
