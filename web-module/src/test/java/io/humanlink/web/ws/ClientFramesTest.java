package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClientFramesTest {

    private static final String CONVERSATION = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private static void assertRefused(String text, String code, String mentions) {
        assertThatThrownBy(() -> ClientFrames.parse(text)).isInstanceOf(FrameException.class)
                .satisfies(e -> assertThat(((FrameException) e).code()).isEqualTo(code))
                .hasMessageContaining(mentions);
    }

    @Test
    void readsTheFourClientFrames() {
        UUID id = UUID.fromString(CONVERSATION);
        assertThat(ClientFrames.parse("""
                {"type":"send","conversationId":"%s","clientMsgId":"c-1","body":"hi \\u00e9","extra":1}"""
                .formatted(CONVERSATION))).isEqualTo(new ClientFrame.Send(id, "c-1", "hi é"));
        assertThat(ClientFrames.parse("{\"type\":\"typing\",\"conversationId\":\"" + CONVERSATION + "\"}"))
                .isEqualTo(new ClientFrame.Typing(id));
        assertThat(ClientFrames.parse("{\"type\":\"read\",\"conversationId\":\"" + CONVERSATION + "\",\"seq\":12}"))
                .isEqualTo(new ClientFrame.Read(id, 12));
        assertThat(ClientFrames.parse("{\"conversationId\":\"" + CONVERSATION + "\",\"afterSeq\":0,\"type\":\"resume\"}"))
                .isEqualTo(new ClientFrame.Resume(id, 0));
    }

    @Test
    void textThatIsNotOneJsonObjectIsMalformed() {
        assertRefused("hello", "malformed-frame", "JSON object");
        assertRefused("[1,2]", "malformed-frame", "JSON object");
        assertRefused("{\"type\":\"send\"", "malformed-frame", "JSON object");
        assertRefused("", "malformed-frame", "JSON object");
        assertRefused("{\"body\":\"no type\"}", "malformed-frame", "type");
        assertRefused("{\"type\":7}", "malformed-frame", "type");
        assertRefused("{\"type\":\"typing\",\"conversationId\":\"" + CONVERSATION + "\"} {}", "malformed-frame",
                "JSON object");
    }

    @Test
    void nestedAndRepeatedFieldsReadLikeAJsonObject() {
        UUID id = UUID.fromString(CONVERSATION);
        assertThat(ClientFrames.parse("{\"type\":\"read\",\"meta\":{\"seq\":\"x\",\"a\":[1,{}]},\"conversationId\":\""
                + CONVERSATION + "\",\"seq\":1,\"seq\":2,\"flag\":true,\"none\":null}"))
                .isEqualTo(new ClientFrame.Read(id, 2));
        assertRefused("{\"type\":\"read\",\"conversationId\":\"" + CONVERSATION + "\",\"seq\":1e2}",
                "invalid-frame", "seq");
        assertRefused("{\"type\":\"send\",\"conversationId\":\"" + CONVERSATION + "\",\"clientMsgId\":\"c\","
                + "\"body\":{\"text\":\"x\"}}", "invalid-frame", "body");
    }

    @Test
    void unknownTypesAreNamed() {
        assertRefused("{\"type\":\"shout\"}", "unknown-type", "shout");
        assertRefused("{\"type\":\"" + "x".repeat(500) + "\"}", "unknown-type", "…");
    }

    @Test
    void missingOrWrongFieldsAreNamed() {
        assertRefused("{\"type\":\"send\",\"conversationId\":\"" + CONVERSATION + "\",\"body\":\"x\"}",
                "invalid-frame", "clientMsgId");
        assertRefused("{\"type\":\"send\",\"conversationId\":\"nope\",\"clientMsgId\":\"c\",\"body\":\"x\"}",
                "invalid-frame", "conversationId");
        assertRefused("{\"type\":\"send\",\"conversationId\":\"" + CONVERSATION + "\",\"clientMsgId\":\"c\","
                + "\"body\":42}", "invalid-frame", "body");
        assertRefused("{\"type\":\"read\",\"conversationId\":\"" + CONVERSATION + "\",\"seq\":-1}",
                "invalid-frame", "seq");
        assertRefused("{\"type\":\"read\",\"conversationId\":\"" + CONVERSATION + "\",\"seq\":1.5}",
                "invalid-frame", "seq");
        assertRefused("{\"type\":\"resume\",\"conversationId\":\"" + CONVERSATION + "\",\"afterSeq\":1e40}",
                "invalid-frame", "afterSeq");
        assertRefused("{\"type\":\"typing\"}", "invalid-frame", "conversationId");
    }
}
