package io.humanlink.billing;

/** Checks a webhook's signature and translates its payload (the provider's adapter implements it). */
public interface BillingEventVerifier {

    /**
     * The event, if {@code signatureHeader} proves the provider sent {@code payload} recently enough; otherwise
     * {@link InvalidSignatureException}. A payload that is signed but not understood is an {@link BillingEvent.Ignored}.
     */
    BillingEvent verify(String payload, String signatureHeader);

    /** The signature is missing, wrong, or too old. */
    class InvalidSignatureException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public InvalidSignatureException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
