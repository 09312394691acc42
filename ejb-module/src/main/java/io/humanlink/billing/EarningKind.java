package io.humanlink.billing;

/**
 * What an earnings entry books: a session's credit, a refund taking part of it back, a payout debiting what it paid,
 * or a failed payout's amount coming back.
 */
public enum EarningKind {
    SESSION, REVERSAL, PAYOUT, PAYOUT_RETURN
}
