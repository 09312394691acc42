package io.humanlink.chat;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The chat's limits that hold for every way in (WebSocket and REST), from MicroProfile Config (humanlink.chat.*). */
@ApplicationScoped
public class ChatSettings {

    /** The messages.body column holds this many characters; a UTF-8 byte limit above it could not be stored. */
    static final int STORABLE_BYTES = 16000;

    @Inject
    @ConfigProperty(name = "humanlink.chat.ticket-ttl", defaultValue = "PT30S")
    Duration ticketTtl;

    @Inject
    @ConfigProperty(name = "humanlink.chat.max-message-bytes", defaultValue = "4000")
    int maxMessageBytes;

    @Inject
    @ConfigProperty(name = "humanlink.chat.resume-max-messages", defaultValue = "500")
    int resumeMaxMessages;

    @PostConstruct
    void check() {
        if (ticketTtl.isNegative() || ticketTtl.isZero() || ticketTtl.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalStateException("humanlink.chat.ticket-ttl must be between 1 s and 5 min, was " + ticketTtl);
        }
        if (maxMessageBytes < 1 || maxMessageBytes > STORABLE_BYTES) {
            throw new IllegalStateException("humanlink.chat.max-message-bytes must be between 1 and " + STORABLE_BYTES
                    + ", was " + maxMessageBytes);
        }
        if (resumeMaxMessages < 1) {
            throw new IllegalStateException("humanlink.chat.resume-max-messages must be positive");
        }
    }

    /** How long a WebSocket ticket may wait before it is redeemed. */
    public Duration ticketTtl() {
        return ticketTtl;
    }

    /** The largest message body, in UTF-8 bytes. */
    public int maxMessageBytes() {
        return maxMessageBytes;
    }

    /** The most messages one resume replays; the client resumes again from the last one for more. */
    public int resumeMaxMessages() {
        return resumeMaxMessages;
    }
}
