package io.humanlink.client.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatLoadTest {

    @Test
    void readsTheTypeTheBodyAndWhetherAnErrorNamesASend() {
        assertThat(ChatLoad.ServerFrame.read("{\"type\":\"ack\",\"conversationId\":\"c\",\"clientMsgId\":\"load-1-1\","
                + "\"seq\":5,\"sentAt\":\"2026-01-01T00:00:00Z\",\"duplicate\":false}"))
                .isEqualTo(new ChatLoad.ServerFrame("ack", null, true));
        assertThat(ChatLoad.ServerFrame.read("{\"type\":\"message\",\"conversationId\":\"c\",\"seq\":3,\"senderId\":\"u\","
                + "\"body\":\"123 load \\\"message\\\"\",\"sentAt\":\"2026-01-01T00:00:00Z\",\"revision\":1}"))
                .isEqualTo(new ChatLoad.ServerFrame("message", "123 load \"message\"", false));
        assertThat(ChatLoad.ServerFrame.read("{\"type\":\"error\",\"code\":\"rate-limited\",\"message\":\"slow\"}"))
                .isEqualTo(new ChatLoad.ServerFrame("error", null, false));
        assertThat(ChatLoad.ServerFrame.read("{\"extra\":{\"type\":\"ack\"},\"list\":[1,{\"a\":2}],\"type\":\"presence\"}"))
                .isEqualTo(new ChatLoad.ServerFrame("presence", null, false));
    }
}
