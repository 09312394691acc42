package io.humanlink.web.ws;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits of one chat connection, from MicroProfile Config (humanlink.chat.*); origins: {@link ChatHandshake}. */
@ApplicationScoped
public class ChatSocketSettings {

    @Inject
    @ConfigProperty(name = "humanlink.chat.send-rate.messages", defaultValue = "20")
    int sendRateMessages;

    @Inject
    @ConfigProperty(name = "humanlink.chat.send-rate.per", defaultValue = "PT10S")
    Duration sendRatePer;

    @Inject
    @ConfigProperty(name = "humanlink.chat.query-rate.frames", defaultValue = "60")
    int queryRateFrames;

    @Inject
    @ConfigProperty(name = "humanlink.chat.query-rate.per", defaultValue = "PT10S")
    Duration queryRatePer;

    @Inject
    @ConfigProperty(name = "humanlink.chat.outbound-queue", defaultValue = "1000")
    int outboundQueue;

    @Inject
    @ConfigProperty(name = "humanlink.chat.typing-interval", defaultValue = "PT2S")
    Duration typingInterval;

    @PostConstruct
    void check() {
        if (sendRateMessages < 1 || sendRatePer.isNegative() || sendRatePer.isZero()) {
            throw new IllegalStateException("humanlink.chat.send-rate.messages and .per must be positive");
        }
        if (queryRateFrames < 1 || queryRatePer.isNegative() || queryRatePer.isZero()) {
            throw new IllegalStateException("humanlink.chat.query-rate.frames and .per must be positive");
        }
        if (outboundQueue < 16) {
            throw new IllegalStateException("humanlink.chat.outbound-queue must be at least 16 frames");
        }
    }

    RateLimit newSendRateLimit() {
        return new RateLimit(sendRateMessages, sendRatePer.toNanos());
    }

    /** Resumes and read markers together: each costs the database a query or an update. */
    RateLimit newQueryRateLimit() {
        return new RateLimit(queryRateFrames, queryRatePer.toNanos());
    }

    /** Frames waiting for one slow client before it is disconnected (it resumes after reconnecting). */
    int outboundQueue() {
        return outboundQueue;
    }

    /** At most one typing frame per conversation per connection is relayed in this time. */
    Duration typingInterval() {
        return typingInterval;
    }
}
