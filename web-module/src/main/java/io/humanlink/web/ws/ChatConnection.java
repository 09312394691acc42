package io.humanlink.web.ws;

import io.humanlink.chat.ChatUser;
import io.humanlink.chat.ConversationAccess;
import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open chat socket of one member (a member may have several: phone, laptop). Outgoing frames are queued and
 * written one at a time with the asynchronous remote, in the order they were queued, from whichever thread queued
 * them; no thread ever waits for a slow client. A client that lets {@code outbound-queue} frames pile up is
 * disconnected (1013): it resumes from its last seq when it reconnects.
 * <p>
 * While a resume for a conversation is being answered, live message frames of that conversation are held back and
 * sent after the replay, minus those the replay already contained, so a resuming client sees its conversation in
 * order. Message frames may still repeat (a frame delivered live just before the resume is in the replay too): clients
 * keep the highest seq they have and ignore a seq they already show unless its revision is newer.
 */
public final class ChatConnection {

    private static final Logger LOG = Logger.getLogger(ChatConnection.class.getName());

    private record Held(long seq, int revision, String frame) {
    }

    private final Session session;
    private final ChatUser user;
    private final RateLimit sendRate;
    private final RateLimit queryRate;
    private final int maxQueued;
    private final long typingIntervalNanos;
    private final Map<UUID, ConversationAccess> conversations = new ConcurrentHashMap<>();
    private final Map<UUID, Long> lastTyping = new ConcurrentHashMap<>();

    private final Object lock = new Object();
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final Map<UUID, List<Held>> replaying = new HashMap<>();
    private boolean pumping;
    private boolean writeInFlight;
    private boolean closed;
    private volatile CompletableFuture<Void> replies = CompletableFuture.completedFuture(null);

    ChatConnection(Session session, ChatUser user, ChatSocketSettings settings) {
        this.session = session;
        this.user = user;
        this.sendRate = settings.newSendRateLimit();
        this.queryRate = settings.newQueryRateLimit();
        this.maxQueued = settings.outboundQueue();
        this.typingIntervalNanos = settings.typingInterval().toNanos();
    }

    /** Opaque and unique per socket: the origin of the sends that come through it. */
    String id() {
        return session.getId();
    }

    ChatUser user() {
        return user;
    }

    /** The conversation, looked up once per socket (membership never changes); empty if the user is not in it. */
    Optional<ConversationAccess> conversation(UUID conversationId,
                                              Function<UUID, Optional<ConversationAccess>> lookup) {
        ConversationAccess known = conversations.get(conversationId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ConversationAccess> found = lookup.apply(conversationId);
        found.ifPresent(access -> conversations.put(conversationId, access));
        return found;
    }

    /**
     * Runs {@code reply} once {@code result} is done and every reply chained before it has run, so the answers to one
     * socket's sends (acks, which follow the commit, and refusals, which do not wait for any) reach the client in the
     * order it sent. Called only from the container's thread of this socket (it delivers frames one at a time).
     */
    <T> void replyInOrder(CompletableFuture<T> result, BiConsumer<T, Throwable> reply) {
        replies = CompletableFuture.allOf(replies, result).handle((done, failure) -> {
            if (result.isCompletedExceptionally()) {
                reply.accept(null, result.exceptionNow());
            } else {
                reply.accept(result.join(), null);
            }
            return null;
        });
    }

    OptionalLong trySend(long nowNanos) {
        return sendRate.tryAcquire(nowNanos);
    }

    /** A resume or a read marker: empty when it may go now, else the milliseconds to wait. */
    OptionalLong tryQuery(long nowNanos) {
        return queryRate.tryAcquire(nowNanos);
    }

    /** Whether a typing frame for the conversation should be relayed now (at most one per typing interval). */
    boolean typingDue(UUID conversationId, long nowNanos) {
        Long previous = lastTyping.get(conversationId);
        if (previous != null && nowNanos - previous < typingIntervalNanos) {
            return false;
        }
        lastTyping.put(conversationId, nowNanos);
        return true;
    }

    /** Queues a frame for this client. */
    void send(String frame) {
        synchronized (lock) {
            if (!enqueue(frame)) {
                return;
            }
        }
        pump();
    }

    /** Queues a message frame, or holds it while a resume of its conversation is being answered. */
    void sendMessage(UUID conversationId, long seq, int revision, String frame) {
        synchronized (lock) {
            List<Held> held = replaying.get(conversationId);
            if (held != null) {
                held.add(new Held(seq, revision, frame));
                return;
            }
            if (!enqueue(frame)) {
                return;
            }
        }
        pump();
    }

    void beginReplay(UUID conversationId) {
        synchronized (lock) {
            replaying.putIfAbsent(conversationId, new ArrayList<>());
        }
    }

    /**
     * Queues the replayed frames, then the live ones held meanwhile that the replay did not contain (newer seqs, and
     * new revisions of any seq), then {@code after}. When the replay was cut short ({@code more}), newer live messages
     * are dropped instead: the client resumes again from {@code throughSeq} and gets them in order.
     */
    void finishReplay(UUID conversationId, List<String> replayed, long throughSeq, boolean more, List<String> after) {
        synchronized (lock) {
            List<Held> held = replaying.remove(conversationId);
            List<String> frames = new ArrayList<>(replayed);
            if (held != null) {
                for (Held h : held) {
                    if (h.revision() > 1 || (!more && h.seq() > throughSeq)) {
                        frames.add(h.frame());
                    }
                }
            }
            frames.addAll(after);
            for (String frame : frames) {
                if (!enqueue(frame)) {
                    return;
                }
            }
        }
        pump();
    }

    /** Ends a replay that failed: what was held back goes out as it would have without the resume. */
    void abandonReplay(UUID conversationId) {
        synchronized (lock) {
            List<Held> held = replaying.remove(conversationId);
            if (held != null) {
                for (Held h : held) {
                    if (!enqueue(h.frame())) {
                        return;
                    }
                }
            }
        }
        pump();
    }

    /** Closes the socket with a code and a reason slug (at most 123 bytes, as the protocol allows). */
    void close(CloseReason.CloseCode code, String reason) {
        synchronized (lock) {
            closed = true;
            queue.clear();
        }
        try {
            session.close(new CloseReason(code, reason));
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "closing chat socket " + id(), e);
        }
    }

    /** The socket is gone (closed by either side): nothing more is written. */
    void markClosed() {
        synchronized (lock) {
            closed = true;
            queue.clear();
            replaying.clear();
        }
    }

    /** Adds a frame under the lock; false when nothing should be written (closed, or just closed for overflowing). */
    private boolean enqueue(String frame) {
        if (closed) {
            return false;
        }
        if (queue.size() >= maxQueued) {
            closed = true;
            queue.clear();
            Thread.ofVirtual().start(() -> closeOverflowed());
            return false;
        }
        queue.addLast(frame);
        return true;
    }

    private void closeOverflowed() {
        LOG.info(() -> "chat socket " + id() + " of " + user.publicId() + " fell " + maxQueued
                + " frames behind; disconnected");
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too-slow"));
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "closing slow chat socket " + id(), e);
        }
    }

    /**
     * Writes queued frames one at a time. A write may complete on this thread before sendText returns (then this
     * loop goes on) or later on another thread (then {@link #written} continues): exactly one of the two does.
     */
    private void pump() {
        while (true) {
            String next;
            synchronized (lock) {
                if (pumping || writeInFlight) {
                    return;
                }
                next = queue.pollFirst();
                if (next == null || closed) {
                    return;
                }
                pumping = true;
                writeInFlight = true;
            }
            try {
                session.getAsyncRemote().sendText(next, this::written);
            } catch (RuntimeException e) {
                written(new SendResult(e));
            }
            synchronized (lock) {
                pumping = false;
                if (writeInFlight) {
                    return;
                }
            }
        }
    }

    private void written(SendResult result) {
        boolean continueHere;
        synchronized (lock) {
            writeInFlight = false;
            if (!result.isOK()) {
                closed = true;
                queue.clear();
            }
            continueHere = !pumping;
        }
        if (!result.isOK()) {
            LOG.log(Level.FINE, "chat socket " + id() + " write failed", result.getException());
            return;
        }
        if (continueHere) {
            pump();
        }
    }
}
