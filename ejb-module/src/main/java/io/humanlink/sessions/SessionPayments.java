package io.humanlink.sessions;

/** How booking starts the payment of a premium session (billing implements it). */
public interface SessionPayments {

    /**
     * Starts paying for {@code session} (PENDING_PAYMENT) as {@code charge} says; returns where the user pays. Called
     * inside the booking's transaction, so a failure leaves no session behind.
     */
    String startPayment(ChatSession session, EntitlementDecision.Charge charge);

    /** Where the user pays for a session still waiting for its payment (for a repeated booking request). */
    String paymentUrl(ChatSession session);
}
