package io.humanlink.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Group commit for sends, without any container in it: senders {@link #submit} and get a future; one thread runs
 * {@link #writeNextBatch} in a loop, which takes whatever sends are waiting (the first one waited for, then more until
 * {@code batchSize} are taken or {@code maxWaitNanos} have passed since the first), hands them to the store in one
 * call (one transaction), and completes each sender's future with its own outcome only after that call returned, that
 * is after the commit. If the batch as a whole fails (the transaction rolled back, so nothing of it is stored), each
 * send is written again on its own, so one bad send fails alone. Sends are written in the order they were submitted.
 */
public final class GroupCommit {

    /** A send waiting for its batch, and the future its sender holds. */
    record Pending(Send send, CompletableFuture<SendOutcome> outcome) {
    }

    private final BlockingQueue<Pending> queue;
    private final int batchSize;
    private final long maxWaitNanos;
    private final Function<List<Send>, List<SendOutcome>> store;

    /**
     * @param store writes the sends in one transaction and returns one outcome per send, in order; returns only after
     *              the commit
     */
    public GroupCommit(int queueCapacity, int batchSize, long maxWaitNanos,
                       Function<List<Send>, List<SendOutcome>> store) {
        if (queueCapacity < 1 || batchSize < 1 || maxWaitNanos < 0) {
            throw new IllegalArgumentException("queue capacity and batch size must be positive, max wait not negative");
        }
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.batchSize = batchSize;
        this.maxWaitNanos = maxWaitNanos;
        this.store = store;
    }

    /**
     * Queues the send; the future completes once it is committed (or refused, or failed). When the queue is full the
     * future fails at once with {@link RejectedExecutionException}: nothing was stored, the client may retry.
     */
    public CompletableFuture<SendOutcome> submit(Send send) {
        CompletableFuture<SendOutcome> outcome = new CompletableFuture<>();
        if (!queue.offer(new Pending(send, outcome))) {
            outcome.completeExceptionally(new RejectedExecutionException("chat writer queue is full"));
        }
        return outcome;
    }

    /** Sends waiting for a batch. */
    public int waiting() {
        return queue.size();
    }

    /**
     * Waits up to {@code pollNanos} for a first send, gathers the batch and writes it. Returns how many sends it wrote
     * (0 when none came).
     */
    public int writeNextBatch(long pollNanos) throws InterruptedException {
        List<Pending> batch = takeBatch(pollNanos);
        if (!batch.isEmpty()) {
            write(batch);
        }
        return batch.size();
    }

    /** The first waiting send (waiting up to {@code pollNanos}), then more until the batch is full or time is up. */
    List<Pending> takeBatch(long pollNanos) throws InterruptedException {
        List<Pending> batch = new ArrayList<>();
        Pending first = queue.poll(pollNanos, TimeUnit.NANOSECONDS);
        if (first == null) {
            return batch;
        }
        batch.add(first);
        long deadline = System.nanoTime() + maxWaitNanos;
        while (batch.size() < batchSize) {
            queue.drainTo(batch, batchSize - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= batchSize || left <= 0) {
                break;
            }
            Pending next;
            try {
                next = queue.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();  // the sends taken are still written, then the caller sees it
                break;
            }
            if (next == null) {
                break;
            }
            batch.add(next);
        }
        return batch;
    }

    /** One transaction for the batch; if it fails, one transaction per send, so only the bad one fails. */
    void write(List<Pending> batch) {
        List<Send> sends = batch.stream().map(Pending::send).toList();
        List<SendOutcome> outcomes;
        try {
            outcomes = store.apply(sends);
        } catch (RuntimeException | Error failure) {
            if (batch.size() == 1) {
                batch.getFirst().outcome().completeExceptionally(failure);
            } else {
                batch.forEach(pending -> write(List.of(pending)));
            }
            return;
        }
        if (outcomes.size() != batch.size()) {
            IllegalStateException wrong = new IllegalStateException("the store returned " + outcomes.size()
                    + " outcomes for " + batch.size() + " sends");
            batch.forEach(pending -> pending.outcome().completeExceptionally(wrong));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome().complete(outcomes.get(i));
        }
    }

    /** Fails every send still waiting (at shutdown): none of them was stored. */
    public void failWaiting(RuntimeException reason) {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(pending -> pending.outcome().completeExceptionally(reason));
    }
}
