package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.chat.ChatMessage;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServerFramesTest {

    private static final UUID CONVERSATION = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final UUID USER = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static final Instant AT = Instant.parse("2026-02-03T04:05:06.789Z");
    private static final JsonProvider JSON = JsonProvider.provider();

    @Test
    void ackCarriesTheCommittedSeq() {
        assertThat(ServerFrames.ack(CONVERSATION, "c-1", 5, AT, false)).isEqualTo(
                "{\"type\":\"ack\",\"conversationId\":\"" + CONVERSATION + "\",\"clientMsgId\":\"c-1\",\"seq\":5,"
                        + "\"sentAt\":\"2026-02-03T04:05:06.789Z\",\"duplicate\":false}");
    }

    @Test
    void messageFramesEscapeTheBodyAndMarkRevisions() {
        assertThat(ServerFrames.message(new ChatMessage(CONVERSATION, 3, USER, "say \"hi\"\n", AT, 1, null, false)))
                .isEqualTo("{\"type\":\"message\",\"conversationId\":\"" + CONVERSATION + "\",\"seq\":3,\"senderId\":\""
                        + USER + "\",\"body\":\"say \\\"hi\\\"\\n\",\"sentAt\":\"2026-02-03T04:05:06.789Z\","
                        + "\"revision\":1}");
        assertThat(ServerFrames.message(new ChatMessage(CONVERSATION, 3, USER, null, AT, 2, null, true)))
                .contains("\"body\":null").contains("\"revision\":2").endsWith("\"deleted\":true}");
        assertThat(ServerFrames.message(new ChatMessage(CONVERSATION, 3, USER, "x", AT, 2, AT.plusSeconds(1), false)))
                .contains("\"editedAt\":\"2026-02-03T04:05:07.789Z\"").doesNotContain("deleted");
    }

    @Test
    void theOtherFrames() {
        assertThat(ServerFrames.typing(CONVERSATION, USER)).isEqualTo("{\"type\":\"typing\",\"conversationId\":\""
                + CONVERSATION + "\",\"userId\":\"" + USER + "\"}");
        assertThat(ServerFrames.read(CONVERSATION, USER, 9)).isEqualTo("{\"type\":\"read\",\"conversationId\":\""
                + CONVERSATION + "\",\"userId\":\"" + USER + "\",\"seq\":9}");
        assertThat(ServerFrames.presence(USER, false)).isEqualTo("{\"type\":\"presence\",\"userId\":\"" + USER
                + "\",\"online\":false}");
        assertThat(ServerFrames.resumed(CONVERSATION, 40, true)).isEqualTo("{\"type\":\"resumed\",\"conversationId\":\""
                + CONVERSATION + "\",\"throughSeq\":40,\"more\":true}");
        assertThat(ServerFrames.error("rate-limited", "slow down", "c-9", CONVERSATION, 1200L)).isEqualTo(
                "{\"type\":\"error\",\"code\":\"rate-limited\",\"message\":\"slow down\",\"clientMsgId\":\"c-9\","
                        + "\"conversationId\":\"" + CONVERSATION + "\",\"retryAfterMs\":1200}");
        assertThat(ServerFrames.error("malformed-frame", "no")).isEqualTo(
                "{\"type\":\"error\",\"code\":\"malformed-frame\",\"message\":\"no\"}");
    }

    @Test
    void stringsAreEscapedExactlyAsJsonPEscapesThem() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            every.append(c);
        }
        Random random = new Random(7);
        for (String value : new String[] {every.toString(), "", "plain", "\"\\\u0000\u001f\u007f\u2028\ud83d\ude00",
                randomText(random), randomText(random), randomText(random)}) {
            String frame = new ServerFrames.Frame("t").field("v", value).end();

            assertThat(frame).isEqualTo(jsonP(value));
            assertThat(JSON.createReader(new StringReader(frame)).readObject().getString("v")).isEqualTo(value);
        }
    }

    private static String jsonP(String value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartObject().write("type", "t").write("v", value).writeEnd();
        }
        return out.toString();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return text.toString();
    }
}
