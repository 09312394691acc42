package io.humanlink.web.api.chat;

/** The new text of one's own message. */
public record EditMessageRequest(String body) {
}
