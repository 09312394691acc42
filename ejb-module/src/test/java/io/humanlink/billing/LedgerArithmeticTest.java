package io.humanlink.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LedgerArithmeticTest {

    @Test
    void aPremiumCreditIsWhatWasKeptLessTheFee() {
        assertThat(LedgerArithmetic.premiumCredit(1500, 0, 20)).isEqualTo(1200);
        assertThat(LedgerArithmetic.premiumCredit(1500, 500, 20)).isEqualTo(800);
        assertThat(LedgerArithmetic.premiumCredit(1999, 0, 20)).isEqualTo(1599);
    }

    @Test
    void nothingIsCreditedForAFullyRefundedPayment() {
        assertThat(LedgerArithmetic.premiumCredit(1500, 1500, 20)).isZero();
    }

    @Test
    void aSubscriptionCreditPaysTheTimeSpentCappedAtTheTimeBooked() {
        assertThat(LedgerArithmetic.subscriptionCredit(1200, 30 * 60, 30)).isEqualTo(600);
        assertThat(LedgerArithmetic.subscriptionCredit(1200, 25 * 60 + 59, 30)).isEqualTo(500);
        assertThat(LedgerArithmetic.subscriptionCredit(1200, 3 * 3600, 60)).isEqualTo(1200);
        assertThat(LedgerArithmetic.subscriptionCredit(1200, -5, 60)).isZero();
    }

    @Test
    void aFullRefundReversesTheWholeCredit() {
        assertThat(LedgerArithmetic.reversal(1200, 1500, 1500, 0)).isEqualTo(-1200);
    }

    @Test
    void partialRefundsReverseTheirShareAndNeverMoreThanTheCredit() {
        long first = LedgerArithmetic.reversal(1199, 1499, 500, 0);
        long second = LedgerArithmetic.reversal(1199, 1499, 1499, -first);
        assertThat(first).isEqualTo(-400);
        assertThat(-first - second).isEqualTo(1199);
        assertThat(LedgerArithmetic.reversal(1199, 1499, 1499, 1199)).isZero();
        assertThat(LedgerArithmetic.reversal(1199, 1499, 99999, 0)).isEqualTo(-1199);
    }

    @Test
    void aRepeatedRefundReportReversesNothingMore() {
        long reversed = -LedgerArithmetic.reversal(1200, 1500, 750, 0);
        assertThat(LedgerArithmetic.reversal(1200, 1500, 750, reversed)).isZero();
    }

    @Test
    void creditsAndReversalsOfEveryRefundSequenceBalance() {
        for (long paid = 1; paid <= 60; paid++) {
            long credit = LedgerArithmetic.premiumCredit(paid, 0, 20);
            long reversed = 0;
            for (long refunded = 0; refunded <= paid; refunded += 7) {
                reversed -= LedgerArithmetic.reversal(credit, paid, refunded, reversed);
                assertThat(reversed).isBetween(0L, credit);
            }
            reversed -= LedgerArithmetic.reversal(credit, paid, paid, reversed);
            assertThat(credit - reversed).as("paid %d", paid).isZero();
        }
    }

    @Test
    void aFeeOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> LedgerArithmetic.premiumCredit(100, 0, 120))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
