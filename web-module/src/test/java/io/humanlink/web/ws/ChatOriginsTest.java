package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChatOriginsTest {

    private final ChatOrigins origins = new ChatOrigins(List.of("https://app.humanlink.io", "http://localhost:3000"),
            false);

    @Test
    void listedOriginsMatchIgnoringCaseAndDefaultPorts() {
        assertThat(origins.allows("https://app.humanlink.io")).isTrue();
        assertThat(origins.allows("HTTPS://App.HumanLink.io:443")).isTrue();
        assertThat(origins.allows("https://app.humanlink.io/")).isTrue();
        assertThat(origins.allows("http://localhost:3000")).isTrue();
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(origins.allows("https://evil.example")).isFalse();
        assertThat(origins.allows("http://app.humanlink.io")).as("other scheme").isFalse();
        assertThat(origins.allows("https://app.humanlink.io:8443")).as("other port").isFalse();
        assertThat(origins.allows("https://app.humanlink.io.evil.example")).isFalse();
        assertThat(origins.allows("http://localhost")).isFalse();
        assertThat(origins.allows("null")).as("sandboxed pages send the origin \"null\"").isFalse();
        assertThat(origins.allows("https://app.humanlink.io/path")).isFalse();
    }

    @Test
    void aMissingOriginIsANonBrowserClientAllowedUnlessRequired() {
        assertThat(origins.allows(null)).isTrue();
        assertThat(new ChatOrigins(List.of("https://app.humanlink.io"), true).allows(null)).isFalse();
    }

    @Test
    void aConfiguredEntryThatIsNoOriginStopsTheStart() {
        assertThatThrownBy(() -> new ChatOrigins(List.of("app.humanlink.io"), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("app.humanlink.io");
    }
}
