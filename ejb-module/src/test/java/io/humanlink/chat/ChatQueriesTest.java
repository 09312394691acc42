package io.humanlink.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.platform.DomainException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChatQueriesTest {

    @Test
    void aConversationCursorCarriesActivityToTheMicrosecondAndTheId() {
        Instant activity = Instant.parse("2026-05-04T03:02:01.123456789Z");

        Object[] decoded = ChatQueries.decodeCursor(ChatQueries.encodeCursor(activity, 1234));

        assertThat(decoded[0]).isEqualTo(OffsetDateTime.of(2026, 5, 4, 3, 2, 1, 123456000, ZoneOffset.UTC));
        assertThat(decoded[1]).isEqualTo(1234L);
    }

    @Test
    void noCursorIsTheFirstPageAndAForeignOneIsTheClientsMistake() {
        assertThat(ChatQueries.decodeCursor(null)).isNull();
        assertThat(ChatQueries.decodeCursor(" ")).isNull();
        assertThatThrownBy(() -> ChatQueries.decodeCursor("not-ours")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(400));
        assertThatThrownBy(() -> ChatQueries.decodeCursor("aWQ6MTI")).isInstanceOf(DomainException.class);
    }
}
