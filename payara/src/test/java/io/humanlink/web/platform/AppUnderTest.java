package io.humanlink.web.platform;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.humanlink.client.HumanLinkClient;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The packaged app running on Payara Micro against a throwaway PostgreSQL database, with its far ends faked: GreenMail
 * for SMTP and one WireMock server for Google, X and Stripe (under {@link #STRIPE_PATH}; tests stub what they need,
 * keyed so they cannot collide), and Stripe webhooks signed with {@link #STRIPE_WEBHOOK_SECRET}. The app
 * signs tokens with {@link #keys()}, which the test made, so tests can forge tokens. Tests get it through
 * {@link HumanLinkIT}.
 */
public final class AppUnderTest implements AutoCloseable {

    /** Where on the WireMock server the app finds Stripe's API ({@code HUMANLINK_STRIPE_API_BASE}). */
    public static final String STRIPE_PATH = "/stripe";

    /** The signing secret the app verifies Stripe webhooks with ({@code HUMANLINK_STRIPE_WEBHOOK_SECRET}). */
    public static final String STRIPE_WEBHOOK_SECRET = "whsec_test_not-a-real-secret-humanlink-it";

    private final ThrowawayDatabase database;
    private final GreenMail mail;
    private final WireMockServer wireMock;
    private final SigningKeys keys;
    private final AppProcess app;
    private final Mailbox mailbox;
    private final RawHttp http;
    private final HumanLinkClient client;

    AppUnderTest(ThrowawayDatabase database, GreenMail mail, WireMockServer wireMock, SigningKeys keys,
                 AppProcess app) {
        this.database = database;
        this.mail = mail;
        this.wireMock = wireMock;
        this.keys = keys;
        this.app = app;
        this.mailbox = new Mailbox(mail);
        this.http = new RawHttp(app.baseUri());
        this.client = new HumanLinkClient(app.baseUri());
    }

    /** Starts everything, in order; whatever had started is stopped again if a later step fails. */
    static AppUnderTest start() {
        return start(Map.of());
    }

    /**
     * An app of its own with some settings changed ({@code overrides}: environment variables that win over the test
     * environment), for a benchmark that needs other limits than the shared app; the caller closes it.
     */
    public static AppUnderTest start(Map<String, String> overrides) {
        Path work = AppProcess.workDirectory();
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            Surroundings around = Surroundings.start(started);
            SigningKeys keys = SigningKeys.generate(work.resolve("keys"));
            int port = FreePort.next();
            Map<String, String> environment = new HashMap<>(environment(work, port, around.database(), around.mail(),
                    around.wireMock(), keys));
            environment.putAll(overrides);
            AppProcess app = AppProcess.start(port, environment);
            return new AppUnderTest(around.database(), around.mail(), around.wireMock(), keys, app);
        } catch (RuntimeException | Error e) {
            closeAll(started, e);
            throw e;
        }
    }

    static Map<String, String> environment(Path work, int port, ThrowawayDatabase database, GreenMail mail,
                                                   WireMockServer wireMock, SigningKeys keys) {
        String publicUrl = "http://localhost:" + port;
        String fakes = "http://127.0.0.1:" + wireMock.port();
        return Map.ofEntries(
                Map.entry("HUMANLINK_DATA_DIR", work.resolve("pg").toString()),
                Map.entry("HUMANLINK_PROFILE", "test"),
                Map.entry("HUMANLINK_DB_URL", database.jdbcUrl()),
                Map.entry("HUMANLINK_DB_USER", database.user()),
                Map.entry("HUMANLINK_DEMO_ENABLED", "true"),
                Map.entry("HUMANLINK_JWT_PRIVATE_KEY_LOCATION", "file:" + keys.privatePem()),
                Map.entry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + keys.publicPem()),
                Map.entry("HUMANLINK_PUBLIC_URL", publicUrl),
                Map.entry("HUMANLINK_MAIL_SMTP_HOST", "127.0.0.1"),
                Map.entry("HUMANLINK_MAIL_SMTP_PORT", Integer.toString(mail.getSmtp().getPort())),
                Map.entry("HUMANLINK_MAIL_FROM", "no-reply@humanlink.test"),
                Map.entry("HUMANLINK_GOOGLE_CLIENT_ID", "humanlink-google-client"),
                Map.entry("HUMANLINK_GOOGLE_JWKS_URL", fakes + "/google/oauth2/v3/certs"),
                Map.entry("HUMANLINK_X_CLIENT_ID", "humanlink-x-client"),
                Map.entry("HUMANLINK_X_CLIENT_SECRET", "x-secret"),
                Map.entry("HUMANLINK_X_AUTHORIZE_URL", fakes + "/x/i/oauth2/authorize"),
                Map.entry("HUMANLINK_X_TOKEN_URL", fakes + "/x/2/oauth2/token"),
                Map.entry("HUMANLINK_X_USERINFO_URL", fakes + "/x/2/users/me"),
                Map.entry("HUMANLINK_X_REDIRECT_URI", publicUrl + "/auth/x/done"),
                Map.entry("HUMANLINK_STRIPE_API_BASE", fakes + STRIPE_PATH),
                Map.entry("HUMANLINK_STRIPE_WEBHOOK_SECRET", STRIPE_WEBHOOK_SECRET),
                Map.entry("HUMANLINK_HTTP_TRUST_FORWARDED_FOR", "true"));
    }

    /** The process id of the app's JVM. */
    public long pid() {
        return app.pid();
    }

    /** {@code http://localhost:<port>}: the app's public URL, as it appears in mailed links. */
    public URI baseUri() {
        return app.baseUri();
    }

    /**
     * A typed client whose requests come from an address of their own ({@code X-Forwarded-For: 10.a.b.c}, which the
     * test profile trusts), so failed logins in one test never count against another test's address.
     */
    public HumanLinkClient client() {
        return clientFrom(randomClientAddress());
    }

    /** A made-up address in 10.0.0.0/8, only ever sent as a header value (never connected to). */
    public static String randomClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** A typed client whose requests claim to come from {@code address} ({@code X-Forwarded-For}). */
    public HumanLinkClient clientFrom(String address) {
        return client.withHeader("X-Forwarded-For", address);
    }

    /** Plain HTTP for what the typed client would not send: malformed bodies, odd headers, mailed links. */
    public RawHttp http() {
        return http;
    }

    public GreenMail mail() {
        return mail;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    /** The newest mail to {@code to}, waiting up to {@code timeout} for one to arrive. */
    public MimeMessage awaitMail(String to, Duration timeout) {
        return mailbox.awaitMail(to, timeout);
    }

    /** The newest link starting with {@code linkPrefix} mailed to {@code to}, waiting up to {@code timeout}. */
    public String awaitLink(String to, String linkPrefix, Duration timeout) {
        return mailbox.awaitLink(to, linkPrefix, timeout);
    }

    public WireMockServer wireMock() {
        return wireMock;
    }

    /** {@code http://127.0.0.1:<port>} of the WireMock server. */
    public String wireMockUrl() {
        return "http://127.0.0.1:" + wireMock.port();
    }

    /** {@code http://127.0.0.1:<port>/stripe}: the Stripe API base the app was given. */
    public String stripeApiBase() {
        return wireMockUrl() + STRIPE_PATH;
    }

    public SigningKeys keys() {
        return keys;
    }

    public RSAPrivateKey privateKey() {
        return keys.privateKey();
    }

    public RSAPublicKey publicKey() {
        return keys.publicKey();
    }

    public ThrowawayDatabase database() {
        return database;
    }

    /** The server's log file, and its last lines for a failure message. */
    public Path serverLog() {
        return app.log();
    }

    public String serverLogTail() {
        return app.logTail();
    }

    /** Stops the app first (it holds connections to the database), then the database and the fakes. */
    @Override
    public void close() {
        Deque<AutoCloseable> toClose = new ArrayDeque<>();
        toClose.push(wireMock::stop);
        toClose.push(mail::stop);
        toClose.push(database);
        toClose.push(app);
        RuntimeException failure = new IllegalStateException("stopping the app under test failed");
        closeAll(toClose, failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    /**
     * What an app under test talks to: its own database, a mail server and the WireMock fakes of outside services,
     * each started and pushed onto {@code started} (closed newest first with {@link #closeAll} if a later step fails).
     */
    record Surroundings(ThrowawayDatabase database, GreenMail mail, WireMockServer wireMock) {

        static Surroundings start(Deque<AutoCloseable> started) {
            ThrowawayDatabase database = ThrowawayDatabase.create();
            started.push(database);
            GreenMail mail = new GreenMail(new ServerSetup(FreePort.next(), "127.0.0.1", "smtp"));
            mail.start();
            started.push(mail::stop);
            WireMockServer wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            wireMock.start();
            started.push(wireMock::stop);
            return new Surroundings(database, mail, wireMock);
        }
    }

    static void closeAll(Deque<AutoCloseable> newestFirst, Throwable failure) {
        while (!newestFirst.isEmpty()) {
            try {
                newestFirst.pop().close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
