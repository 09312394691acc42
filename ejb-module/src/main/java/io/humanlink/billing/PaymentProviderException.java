package io.humanlink.billing;

/**
 * The payment provider refused or could not be reached. {@code retryable} says whether the same request may work
 * later (network, rate limit, provider error) or not (a refusal of the request itself).
 */
public class PaymentProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public PaymentProviderException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean isRetryable() {
        return retryable;
    }
}
