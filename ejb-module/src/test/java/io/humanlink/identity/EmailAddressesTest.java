package io.humanlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void normalisesCaseAndSurroundingWhitespace() {
        assertThat(EmailAddresses.normalize("  Ana.Silva@Example.COM \t")).isEqualTo("ana.silva@example.com");
    }

    @Test
    void normalisingNullGivesNull() {
        assertThat(EmailAddresses.normalize(null)).isNull();
    }

    @Test
    void acceptsOrdinaryAddresses() {
        assertThat(EmailAddresses.isValid("ana+tag@mail.example.co.uk")).isTrue();
        assertThat(EmailAddresses.isValid(" Ana@Example.com ")).isTrue();
    }

    @Test
    void rejectsMalformedAddresses() {
        assertThat(EmailAddresses.isValid("ana")).isFalse();
        assertThat(EmailAddresses.isValid("ana@")).isFalse();
        assertThat(EmailAddresses.isValid("ana@localhost")).isFalse();
        assertThat(EmailAddresses.isValid("an a@example.com")).isFalse();
        assertThat(EmailAddresses.isValid("ana@exa_mple.com")).isFalse();
        assertThat(EmailAddresses.isValid(null)).isFalse();
    }

    @Test
    void rejectsAddressesLongerThanSmtpAllows() {
        assertThat(EmailAddresses.isValid("a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "."
                + "d".repeat(60) + "." + "e".repeat(60) + ".com")).isFalse();
    }

    @Test
    void localPartIsWhatPrecedesTheAt() {
        assertThat(EmailAddresses.localPart("Ana.Silva@example.com")).isEqualTo("ana.silva");
    }
}
