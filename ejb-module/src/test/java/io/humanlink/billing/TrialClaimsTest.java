package io.humanlink.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrialClaimsTest {

    @Test
    void emailsAreClaimedWithoutCaseOrPlusTags() {
        assertThat(TrialClaims.normalise(TrialClaims.Kind.EMAIL, " Ada.Lovelace+second@Example.org "))
                .isEqualTo("ada.lovelace@example.org");
        assertThat(TrialClaims.normalise(TrialClaims.Kind.EMAIL, "ada@example.org")).isEqualTo("ada@example.org");
    }

    @Test
    void aPlusAfterTheAtSignIsKept() {
        assertThat(TrialClaims.normalise(TrialClaims.Kind.EMAIL, "ada@ex+ample.org")).isEqualTo("ada@ex+ample.org");
    }

    @Test
    void cardFingerprintsAreOnlyTrimmedAndLowerCased() {
        assertThat(TrialClaims.normalise(TrialClaims.Kind.CARD, " Xyz+123 ")).isEqualTo("xyz+123");
    }
}
