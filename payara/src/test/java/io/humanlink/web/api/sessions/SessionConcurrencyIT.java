package io.humanlink.web.api.sessions;

import static io.humanlink.web.api.sessions.SessionsFixture.daysAheadAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.web.api.sessions.SessionsFixture.Person;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.Problems;
import io.humanlink.web.platform.RawHttp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Many people asking for one slot at the same instant: one gets it, every other one gets a 409 problem. */
@HumanLinkIT
class SessionConcurrencyIT {

    private static final int PARALLEL = 50;

    private final SessionsFixture fixture;

    SessionConcurrencyIT(AppUnderTest app) {
        this.fixture = new SessionsFixture(app);
    }

    @Test
    void fiftyParallelBookingsOfOneSlotCreateExactlyOne() throws Exception {
        Person friend = fixture.friend();
        List<Person> users = inParallel(8, PARALLEL, i -> fixture.user());
        Instant start = daysAheadAt(12, 10);

        List<HttpResponse<String>> answers = allAtOnce(users.stream()
                .map(user -> (Callable<HttpResponse<String>>) () -> fixture.book(user, friend, "text", start, 60))
                .toList());

        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, (long) PARALLEL - 1));
        answers.stream().filter(a -> a.statusCode() == 409)
                .forEach(a -> Problems.assertProblem(a, 409, "slot-unavailable"));
        assertThat(fixture.count("select count(*) from chat_sessions s join users f on f.id = s.friend_id"
                + " where f.public_id = ? and s.status = 'SCHEDULED'", friend.id())).isEqualTo(1);
    }

    @Test
    void parallelRetriesWithOneIdempotencyKeyAllGetTheOneBooking() throws Exception {
        Person friend = fixture.friend();
        Person user = fixture.user();
        String key = SessionsFixture.newKey();
        Instant start = daysAheadAt(13, 10);

        List<HttpResponse<String>> answers = allAtOnce(java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> (Callable<HttpResponse<String>>) () -> fixture.book(user, friend, "text", start, 30,
                        "Idempotency-Key", key))
                .toList());

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
        assertThat(answers.stream().map(a -> RawHttp.json(a).getString("id")).distinct()).hasSize(1);
        assertThat(answers.stream().filter(a -> a.headers().firstValue("Idempotent-Replayed").isPresent()))
                .hasSize(19);
        assertThat(fixture.count("select count(*) from chat_sessions s join users u on u.id = s.user_id"
                + " where u.public_id = ?", user.id())).isEqualTo(1);
    }

    private static <T> List<T> inParallel(int threads, int count, Function<Integer, T> make) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> make.apply(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Starts every call on its own thread, releases them together, and waits for all answers. */
    private static <T> List<T> allAtOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
