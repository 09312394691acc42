package io.humanlink.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageTest {

    private static final Instant SENT = Instant.parse("2026-03-01T10:00:00Z");

    private static Message stored(String body) throws ReflectiveOperationException {
        Message message = new Message(7, 3, 42, "c-1", body, SENT);
        Field id = Message.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(message, 99L);
        return message;
    }

    @Test
    void anEditKeepsTheReplacedTextAsAVersion() throws ReflectiveOperationException {
        Message message = stored("helo");
        Instant edited = SENT.plusSeconds(60);

        MessageVersion previous = message.edit("hello", edited);

        assertThat(previous.getMessageId()).isEqualTo(99);
        assertThat(previous.getRevision()).isEqualTo(1);
        assertThat(previous.getBody()).isEqualTo("helo");
        assertThat(previous.getWrittenAt()).isEqualTo(SENT);
        assertThat(previous.getSupersededAt()).isEqualTo(edited);
        assertThat(previous.getSupersededBy()).isEqualTo(MessageVersion.SupersededBy.EDIT);
        assertThat(message.getBody()).isEqualTo("hello");
        assertThat(message.getRevision()).isEqualTo(2);
        assertThat(message.getEditedAt()).isEqualTo(edited);
    }

    @Test
    void aSecondEditRecordsWhenTheFirstEditWasWritten() throws ReflectiveOperationException {
        Message message = stored("one");
        message.edit("two", SENT.plusSeconds(10));

        MessageVersion second = message.edit("three", SENT.plusSeconds(20));

        assertThat(second.getRevision()).isEqualTo(2);
        assertThat(second.getBody()).isEqualTo("two");
        assertThat(second.getWrittenAt()).isEqualTo(SENT.plusSeconds(10));
        assertThat(message.getRevision()).isEqualTo(3);
    }

    @Test
    void deletingHidesTheBodyButKeepsItAndEndsTheMessagesChanges() throws ReflectiveOperationException {
        Message message = stored("oops");

        MessageVersion removed = message.delete(SENT.plusSeconds(5));

        assertThat(removed.getBody()).isEqualTo("oops");
        assertThat(removed.getSupersededBy()).isEqualTo(MessageVersion.SupersededBy.DELETE);
        assertThat(message.getBody()).isNull();
        assertThat(message.isDeleted()).isTrue();
        assertThat(message.getRevision()).isEqualTo(2);
        assertThatThrownBy(() -> message.edit("again", SENT.plusSeconds(6))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> message.delete(SENT.plusSeconds(6))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void seqStartsAtOne() {
        assertThatThrownBy(() -> new Message(7, 0, 42, "c", "x", SENT)).isInstanceOf(IllegalArgumentException.class);
    }
}
