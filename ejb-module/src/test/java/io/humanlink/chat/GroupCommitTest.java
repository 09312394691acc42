package io.humanlink.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final ChatUser ALICE = new ChatUser(1, UUID.randomUUID());
    private static final UUID CONVERSATION = UUID.randomUUID();

    /** A store that records each call (each one transaction) and accepts every send with increasing seqs. */
    private static final class RecordingStore implements Function<List<Send>, List<SendOutcome>> {
        final List<List<String>> calls = new ArrayList<>();
        long seq;

        @Override
        public List<SendOutcome> apply(List<Send> sends) {
            calls.add(sends.stream().map(Send::clientMsgId).toList());
            if (sends.size() > 1 && sends.stream().anyMatch(send -> send.body().equals("poison"))) {
                throw new IllegalStateException("constraint violated; the transaction rolled back");
            }
            if (sends.size() == 1 && sends.getFirst().body().equals("poison")) {
                throw new IllegalStateException("still violated");
            }
            return sends.stream().<SendOutcome>map(send -> new SendOutcome.Accepted(send, ++seq, Instant.EPOCH, false))
                    .toList();
        }
    }

    private static Send send(String clientMsgId) {
        return send(clientMsgId, "hello");
    }

    private static Send send(String clientMsgId, String body) {
        return new Send(ALICE, CONVERSATION, clientMsgId, body, "socket-1");
    }

    @Test
    void everythingWaitingGoesIntoOneStoreCallAndEachSenderGetsItsOwnOutcome() throws Exception {
        RecordingStore store = new RecordingStore();
        GroupCommit commit = new GroupCommit(100, 50, 0, store);
        List<CompletableFuture<SendOutcome>> futures = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            futures.add(commit.submit(send("m-" + i)));
        }

        assertThat(commit.writeNextBatch(SECOND)).isEqualTo(5);

        assertThat(store.calls).containsExactly(List.of("m-1", "m-2", "m-3", "m-4", "m-5"));
        for (int i = 0; i < 5; i++) {
            SendOutcome outcome = futures.get(i).get(0, TimeUnit.SECONDS);
            assertThat(outcome.send().clientMsgId()).isEqualTo("m-" + (i + 1));
            assertThat(((SendOutcome.Accepted) outcome).seq()).isEqualTo(i + 1);
        }
    }

    @Test
    void aBatchHoldsAtMostBatchSizeSendsInArrivalOrder() throws Exception {
        RecordingStore store = new RecordingStore();
        GroupCommit commit = new GroupCommit(100, 2, 0, store);
        for (int i = 1; i <= 5; i++) {
            commit.submit(send("m-" + i));
        }

        while (commit.writeNextBatch(0) > 0) {
            // drain
        }

        assertThat(store.calls).containsExactly(List.of("m-1", "m-2"), List.of("m-3", "m-4"), List.of("m-5"));
    }

    @Test
    void noOutcomeIsCompletedBeforeTheStoreCallReturned() throws Exception {
        List<Boolean> completedDuringStore = new ArrayList<>();
        List<CompletableFuture<SendOutcome>> futures = new ArrayList<>();
        GroupCommit commit = new GroupCommit(10, 10, 0, sends -> {
            futures.forEach(future -> completedDuringStore.add(future.isDone()));
            return sends.stream().<SendOutcome>map(s -> new SendOutcome.Accepted(s, 1, Instant.EPOCH, false)).toList();
        });
        futures.add(commit.submit(send("m-1")));
        futures.add(commit.submit(send("m-2")));

        commit.writeNextBatch(SECOND);

        assertThat(completedDuringStore).containsExactly(false, false);
        assertThat(futures).allMatch(CompletableFuture::isDone);
    }

    @Test
    void aFailedBatchIsWrittenAgainSendBySendSoOnlyTheBadSendFails() throws Exception {
        RecordingStore store = new RecordingStore();
        GroupCommit commit = new GroupCommit(10, 10, 0, store);
        CompletableFuture<SendOutcome> good1 = commit.submit(send("m-1"));
        CompletableFuture<SendOutcome> bad = commit.submit(send("m-2", "poison"));
        CompletableFuture<SendOutcome> good2 = commit.submit(send("m-3"));

        commit.writeNextBatch(SECOND);

        assertThat(store.calls).containsExactly(List.of("m-1", "m-2", "m-3"), List.of("m-1"), List.of("m-2"),
                List.of("m-3"));
        assertThat(((SendOutcome.Accepted) good1.get()).seq()).isEqualTo(1);
        assertThat(((SendOutcome.Accepted) good2.get()).seq()).isEqualTo(2);
        assertThat(bad).isCompletedExceptionally();
        try {
            bad.get();
        } catch (ExecutionException e) {
            assertThat(e.getCause()).hasMessage("still violated");
        }
    }

    @Test
    void aFullQueueRefusesAtOnceInsteadOfBlockingTheSender() {
        GroupCommit commit = new GroupCommit(2, 10, 0, new RecordingStore());
        commit.submit(send("m-1"));
        commit.submit(send("m-2"));

        CompletableFuture<SendOutcome> third = commit.submit(send("m-3"));

        assertThat(third).isCompletedExceptionally();
        assertThat(third.exceptionNow()).isInstanceOf(RejectedExecutionException.class);
        assertThat(commit.waiting()).isEqualTo(2);
    }

    @Test
    void theWriterWaitsUpToMaxWaitForMoreSendsAfterTheFirst() throws Exception {
        RecordingStore store = new RecordingStore();
        GroupCommit commit = new GroupCommit(10, 10, TimeUnit.MILLISECONDS.toNanos(500), store);
        commit.submit(send("m-1"));
        Thread late = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            commit.submit(send("m-2"));
        });

        commit.writeNextBatch(SECOND);
        late.join();

        assertThat(store.calls.getFirst()).containsExactly("m-1", "m-2");
    }

    @Test
    void nothingWaitingMeansNoStoreCall() throws Exception {
        RecordingStore store = new RecordingStore();
        GroupCommit commit = new GroupCommit(10, 10, 0, store);

        assertThat(commit.writeNextBatch(TimeUnit.MILLISECONDS.toNanos(10))).isZero();
        assertThat(store.calls).isEmpty();
    }

    @Test
    void sendsStillWaitingAtShutdownFail() {
        GroupCommit commit = new GroupCommit(10, 10, 0, new RecordingStore());
        CompletableFuture<SendOutcome> waiting = commit.submit(send("m-1"));

        commit.failWaiting(new IllegalStateException("stopped"));

        assertThat(waiting).isCompletedExceptionally();
        assertThat(commit.waiting()).isZero();
    }
}
