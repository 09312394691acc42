package io.humanlink.web.api.identity;

import static io.humanlink.web.platform.Accounts.PASSWORD;
import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.ApiProblemException;
import io.humanlink.client.HumanLinkClient;
import io.humanlink.client.TokenPair;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed per account (test profile: 5 failures, then 3 s doubling) and per client address
 * (20 failures). Each test claims its own address through {@code X-Forwarded-For}, which the test profile trusts
 * (its rightmost entry, the one a proxy of ours would append).
 */
@HumanLinkIT
class LoginThrottleIT {

    private static final int ACCOUNT_MAX_FAILURES = 5;
    private static final int ADDRESS_MAX_FAILURES = 20;

    private final AppUnderTest app;
    private final Accounts accounts;

    LoginThrottleIT(AppUnderTest app) {
        this.app = app;
        this.accounts = new Accounts(app);
    }

    @Test
    void accountIsThrottledAfterFiveFailuresEvenForTheRightPassword() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);
        HumanLinkClient client = app.client();
        failLogins(client, email, ACCOUNT_MAX_FAILURES);

        ApiProblemException throttled = assertProblem(() -> client.login(email, PASSWORD), 429, "login-throttled");

        assertThat(throttled.header("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds.trim())).isPositive());
    }

    @Test
    void accountThrottleCountsFailuresFromEveryAddress() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);
        for (int i = 0; i < ACCOUNT_MAX_FAILURES; i++) {
            failLogins(app.client(), email, 1);
        }

        assertProblem(() -> app.client().login(email, PASSWORD), 429, "login-throttled");
    }

    @Test
    void fourFailuresDoNotThrottleTheAccount() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);
        HumanLinkClient client = app.client();
        failLogins(client, email, ACCOUNT_MAX_FAILURES - 1);

        assertThat(client.login(email, PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void rightPasswordWorksAgainOnceTheDelayHasPassed() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);
        HumanLinkClient client = app.client();
        failLogins(client, email, ACCOUNT_MAX_FAILURES);

        TokenPair tokens = loginWaitingOutTheThrottle(client, email, Duration.ofSeconds(60));

        assertThat(client.me(tokens.accessToken()).email()).isEqualTo(email);
    }

    @Test
    void addressIsThrottledAfterTwentyFailuresWhileOthersAreNot() {
        String address = AppUnderTest.randomClientAddress();
        HumanLinkClient attacker = app.clientFrom(address);
        for (int i = 0; i < ADDRESS_MAX_FAILURES; i++) {
            assertProblem(() -> attacker.login(Accounts.uniqueEmail(), PASSWORD), 401, "invalid-credentials");
        }

        ApiProblemException throttled = assertProblem(() -> attacker.login(Accounts.uniqueEmail(), PASSWORD), 429,
                "login-throttled");

        assertThat(throttled.header("Retry-After")).isPresent();
        HumanLinkClient bystander = app.clientFrom(AppUnderTest.randomClientAddress());
        assertProblem(() -> bystander.login(Accounts.uniqueEmail(), PASSWORD), 401, "invalid-credentials");
    }

    @Test
    void parallelGuessesCannotOutrunTheAccountLimit() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);
        HumanLinkClient client = app.client();

        List<Parallel.Answer> answers = Parallel.run(10,
                i -> client.login(email, "Wrong-Password-" + ThreadLocalRandom.current().nextInt()));

        // Each attempt is counted before its password is checked, so only the free ones reach the check.
        assertThat(answers).filteredOn(a -> a.is(401, "invalid-credentials")).hasSize(ACCOUNT_MAX_FAILURES);
        assertThat(answers).filteredOn(a -> !a.is(401, "invalid-credentials"))
                .allMatch(a -> a.is(429, "login-throttled"), "429 login-throttled");
    }

    @Test
    void addressThrottleKeysOnTheEntryOurProxyAddedNotOnesTheClientMadeUp() {
        String address = AppUnderTest.randomClientAddress();
        for (int i = 0; i < ADDRESS_MAX_FAILURES; i++) {
            // A client may prepend any X-Forwarded-For entries it likes; our proxy appends the real address last.
            HumanLinkClient spoofing = app.clientFrom(AppUnderTest.randomClientAddress() + ", " + address);
            assertProblem(() -> spoofing.login(Accounts.uniqueEmail(), PASSWORD), 401, "invalid-credentials");
        }

        HumanLinkClient spoofing = app.clientFrom(AppUnderTest.randomClientAddress() + ", " + address);
        assertProblem(() -> spoofing.login(Accounts.uniqueEmail(), PASSWORD), 429, "login-throttled");
    }

    @Test
    void successfulSignInsDoNotAddUpAgainstTheirAddress() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);
        HumanLinkClient client = app.client();

        for (int i = 0; i < ADDRESS_MAX_FAILURES + 2; i++) {
            assertThat(client.login(email, PASSWORD).accessToken()).isNotBlank();
        }
    }

    @Test
    void passwordResetLiftsTheAccountThrottle() {
        String email = Accounts.uniqueEmail();
        accounts.signUp(email);
        HumanLinkClient client = app.client();
        failLogins(client, email, ACCOUNT_MAX_FAILURES);
        assertProblem(() -> client.login(email, PASSWORD), 429, "login-throttled");

        client.requestPasswordReset(email);
        String link = app.awaitLink(email, app.baseUri() + "/reset-password?token=", Accounts.MAIL_TIMEOUT);
        client.confirmPasswordReset(Mailbox.queryParameter(link, "token"), "Copper-Meadow-5127");

        assertThat(client.login(email, "Copper-Meadow-5127").accessToken()).isNotBlank();
    }

    private static void failLogins(HumanLinkClient client, String email, int times) {
        for (int i = 0; i < times; i++) {
            assertProblem(() -> client.login(email, "Wrong-Password-" + ThreadLocalRandom.current().nextInt()), 401,
                    "invalid-credentials");
        }
    }

    /** Retries the right password, each time after the {@code Retry-After} the server asked for, until a deadline. */
    private static TokenPair loginWaitingOutTheThrottle(HumanLinkClient client, String email, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                return client.login(email, PASSWORD);
            } catch (ApiProblemException e) {
                assertThat(e.status()).as(e.getMessage()).isEqualTo(429);
                long waitSeconds = e.header("Retry-After").map(String::trim).map(Long::parseLong).orElse(1L);
                assertThat(Instant.now().plusSeconds(waitSeconds)).as("throttle outlasts the test deadline")
                        .isBefore(deadline);
                sleep(Duration.ofSeconds(Math.max(1, waitSeconds)));
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
