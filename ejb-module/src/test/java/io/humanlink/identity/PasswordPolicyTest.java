package io.humanlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsLongPasswordWithLetterAndDigit() {
        assertThat(PasswordPolicy.violations("correct horse 42", "ana@example.com")).isEmpty();
    }

    @Test
    void rejectsShortPassword() {
        assertThat(PasswordPolicy.violations("abc12", "ana@example.com"))
                .contains("must be at least 10 characters long");
    }

    @Test
    void rejectsTooLongPassword() {
        assertThat(PasswordPolicy.violations("a1".repeat(65), "ana@example.com"))
                .contains("must be at most 128 characters long");
    }

    @Test
    void requiresLetterAndNonLetter() {
        assertThat(PasswordPolicy.violations("onlyletterswithoutdigits", null))
                .containsExactly("must contain a letter and a digit or symbol");
        assertThat(PasswordPolicy.violations("12345678901234", null))
                .contains("must contain a letter and a digit or symbol");
    }

    @Test
    void rejectsCommonPasswordWhateverItsCase() {
        assertThat(PasswordPolicy.violations("Password123", null)).contains("is too common");
    }

    @Test
    void rejectsPasswordContainingTheEmailLocalPart() {
        assertThat(PasswordPolicy.violations("my-anabelle-2026!", "Anabelle@example.com"))
                .contains("must not contain your email address");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(PasswordPolicy.violations("anna", "anna@example.com")).hasSize(3);
    }

    @Test
    void missingPasswordIsRequired() {
        assertThat(PasswordPolicy.violations(null, null)).containsExactly("is required");
        assertThat(PasswordPolicy.violations("", null)).containsExactly("is required");
    }

    @Test
    void countsCodePointsNotCharsForLength() {
        // Ten emoji are 20 UTF-16 chars but ten characters for a person; plus a letter to satisfy composition.
        assertThat(PasswordPolicy.violations("a" + "😀".repeat(9), null)).isEmpty();
    }
}
