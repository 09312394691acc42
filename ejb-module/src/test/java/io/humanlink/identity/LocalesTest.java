package io.humanlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalesTest {

    @Test
    void languageTagsAreAccepted() {
        assertThat(Locales.isValid("en")).isTrue();
        assertThat(Locales.isValid("de-AT")).isTrue();
        assertThat(Locales.isValid("zh-Hant-TW")).isTrue();
    }

    @Test
    void somethingThatIsNoLanguageTagIsRefused() {
        assertThat(Locales.isValid(null)).isFalse();
        assertThat(Locales.isValid("")).isFalse();
        assertThat(Locales.isValid("en_US")).isFalse();
        assertThat(Locales.isValid("not a locale")).isFalse();
        assertThat(Locales.isValid("12")).isFalse();
    }

    @Test
    void oneLocaleHasOneSpelling() {
        assertThat(Locales.canonical("EN-us")).isEqualTo("en-US");
        assertThat(Locales.canonical("de-at")).isEqualTo("de-AT");
        assertThat(Locales.canonical("en")).isEqualTo("en");
    }
}
