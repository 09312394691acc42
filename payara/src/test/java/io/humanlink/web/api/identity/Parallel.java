package io.humanlink.web.api.identity;

import io.humanlink.client.ApiProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;

/**
 * Fires calls at the app all at once (each thread waits at a gate until every one is ready), to provoke the races that
 * sequential tests never meet, and collects how each was answered.
 */
final class Parallel {

    /** How one call was answered: its HTTP status and, for a problem, its type slug. */
    record Answer(int status, String slug) {
        static final Answer OK = new Answer(200, null);

        boolean is(int expectedStatus, String expectedSlug) {
            return status == expectedStatus && Objects.equals(slug, expectedSlug);
        }
    }

    private Parallel() {
    }

    /** Runs {@code call} with 0..n-1 on n threads released together; a call that returns normally counts as 200. */
    static List<Answer> run(int n, IntConsumer call) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        call.accept(index);
                        return Answer.OK;
                    } catch (ApiProblemException e) {
                        return new Answer(e.status(), e.slug());
                    }
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a parallel call failed unexpectedly", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
