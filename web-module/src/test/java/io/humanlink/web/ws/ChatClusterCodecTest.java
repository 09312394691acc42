package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What crosses the cluster relay: a delivery survives the trip as JSON text, message metadata included. */
class ChatClusterCodecTest {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Test
    void aMessageDeliveryRoundTrips() {
        ChatFanout.Delivery sent = new ChatFanout.Delivery(Set.of(UUID.randomUUID(), UUID.randomUUID()),
                "{\"type\":\"message\",\"body\":\"hi \\\"there\\\"\"}", UUID.randomUUID(), 42, 3, true, "socket-7");
        String payload = ChatCluster.encode(JSON, "node-a", sent);
        JsonObject o = read(payload);
        assertThat(o.getString("node")).isEqualTo("node-a");
        assertThat(ChatCluster.decode(o)).isEqualTo(sent);
    }

    @Test
    void aPlainFrameRoundTripsWithoutMessageFields() {
        ChatFanout.Delivery sent = ChatFanout.Delivery.frame(Set.of(UUID.randomUUID()),
                "{\"type\":\"presence\",\"online\":true}");
        JsonObject o = read(ChatCluster.encode(JSON, "node-b", sent));
        assertThat(o.containsKey("seq")).isFalse();
        assertThat(o.containsKey("except")).isFalse();
        assertThat(ChatCluster.decode(o)).isEqualTo(sent);
    }

    private static JsonObject read(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
