package io.humanlink.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageRulesTest {

    private final MessageRules rules = new MessageRules(10);

    @Test
    void aBodyUpToTheByteLimitIsAccepted() {
        assertThat(rules.check("m-1", "0123456789")).isEmpty();
        assertThat(rules.check("m-1", "ééééé")).as("5 chars, 10 UTF-8 bytes").isEmpty();
    }

    @Test
    void theLimitCountsUtf8BytesNotCharacters() {
        assertThat(rules.check("m-1", "01234567890")).contains(Refusal.TOO_LARGE);
        assertThat(rules.check("m-1", "éééééé")).as("6 chars, 12 bytes").contains(Refusal.TOO_LARGE);
        assertThat(rules.check("m-1", "😀😀😀")).as("3 emoji, 12 bytes").contains(Refusal.TOO_LARGE);
    }

    @Test
    void blankBodiesAndNulCharactersAreInvalid() {
        assertThat(rules.check("m-1", "  \n ")).contains(Refusal.INVALID_MESSAGE);
        assertThat(rules.check("m-1", null)).contains(Refusal.INVALID_MESSAGE);
        assertThat(rules.check("m-1", "a\0b")).contains(Refusal.INVALID_MESSAGE);
    }

    @Test
    void clientMessageIdsAreShortPlainTokens() {
        assertThat(rules.check("3f2a9c1e-8d7b-4c55-9e0f-1a2b3c4d5e6f", "hi")).isEmpty();
        assertThat(rules.check("a".repeat(64), "hi")).isEmpty();
        assertThat(rules.check("a".repeat(65), "hi")).contains(Refusal.INVALID_MESSAGE);
        assertThat(rules.check("", "hi")).contains(Refusal.INVALID_MESSAGE);
        assertThat(rules.check("has space", "hi")).contains(Refusal.INVALID_MESSAGE);
        assertThat(rules.check(null, "hi")).contains(Refusal.INVALID_MESSAGE);
    }
}
