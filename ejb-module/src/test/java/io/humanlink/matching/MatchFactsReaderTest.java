package io.humanlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchFactsReaderTest {

    @Test
    void codesAreTrimmedLowerCasedAndBlanksDropped() {
        assertThat(MatchFactsReader.codes(" Music , art,,TRAVEL ,")).containsExactly("music", "art", "travel");
        assertThat(MatchFactsReader.codes("en")).containsExactly("en");
        assertThat(MatchFactsReader.codes("  ")).isEmpty();
        assertThat(MatchFactsReader.codes(null)).isEmpty();
    }

    @Test
    void sessionTypesBecomeTheirBitsAndUnknownCodesNone() {
        assertThat(MatchFactsReader.sessionTypeMask("text, VIDEO, teleport"))
                .isEqualTo(MatchFactsReader.sessionTypeMask("text") | MatchFactsReader.sessionTypeMask("video"))
                .isNotZero();
    }
}
