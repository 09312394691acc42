package io.humanlink.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.HumanLinkClient;
import io.humanlink.client.TokenPair;
import io.humanlink.client.UserView;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The README's run path: the launcher with no database URL and no keys, so the app uses its embedded H2 file database
 * and generates dev keys itself (dev profile, demo data). Booted just for this class, in a fresh data directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseSmokeIT {

    private Path dataDirectory;
    private AppProcess app;
    private HumanLinkClient client;

    @BeforeAll
    void startWithEmbeddedDatabase() {
        dataDirectory = AppProcess.workDirectory().resolve("h2-" + UUID.randomUUID().toString().substring(0, 8));
        app = AppProcess.start(FreePort.next(), Map.of(
                "HUMANLINK_DATA_DIR", dataDirectory.toString(),
                "HUMANLINK_PROFILE", "dev",
                "HUMANLINK_DEMO_ENABLED", "true"));
        client = new HumanLinkClient(app.baseUri());
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void startsOnTheEmbeddedDatabaseWithGeneratedDevKeys() {
        assertThat(dataDirectory.resolve("db")).isDirectory();
        assertThat(dataDirectory.resolve("keys/private.pem")).isRegularFile();
        assertThat(dataDirectory.resolve("keys/public.pem")).isRegularFile();
        assertThat(new RawHttp(app.baseUri()).get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void newUserSignsUpAndLogsIn() {
        String email = Accounts.uniqueEmail();

        UserView created = client.signup(Accounts.signupRequest(email));
        TokenPair tokens = client.login(email, Accounts.PASSWORD);

        assertThat(client.me(tokens.accessToken()).id()).isEqualTo(created.id());
    }

    @Test
    void demoAdminLogsIn() {
        TokenPair tokens = client.login(Accounts.ADMIN.email(), Accounts.ADMIN.password());

        assertThat(client.me(tokens.accessToken()).roles()).contains("ADMIN");
    }

    @Test
    void demoFriendAndUserLogIn() {
        TokenPair friend = client.login("ana.friend@humanlink.dev", "HumanLink-friend-2026");
        TokenPair user = client.login("alex@humanlink.dev", "HumanLink-user-2026");

        assertThat(client.me(friend.accessToken()).roles()).containsExactlyInAnyOrder("USER", "FRIEND");
        assertThat(client.me(user.accessToken()).roles()).containsExactly("USER");
    }
}
