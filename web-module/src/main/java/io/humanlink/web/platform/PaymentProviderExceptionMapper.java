package io.humanlink.web.platform;

import io.humanlink.billing.PaymentProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payment provider failed a call made for this request; the transaction around it rolled back, so nothing was
 * kept. Unreachable or erroring: 503 with Retry-After (the same request may work soon). Refused: 502, since the
 * refusal is about our call, not the client's input.
 */
@Provider
@ApplicationScoped
public class PaymentProviderExceptionMapper implements ExceptionMapper<PaymentProviderException> {

    private static final Logger LOG = Logger.getLogger(PaymentProviderExceptionMapper.class.getName());
    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    RequestInfo request;

    @Override
    public Response toResponse(PaymentProviderException e) {
        LOG.log(Level.WARNING, "Payment provider call failed: " + e.getMessage(), e);
        if (e.isRetryable()) {
            return Response.fromResponse(Problems.response(request, 503, "payment-provider-unavailable",
                            "Payment provider unavailable", "The payment provider could not be reached; try again "
                                    + "shortly. Nothing was charged or changed.", List.of()))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        return Problems.response(request, 502, "payment-provider-refused", "Payment provider refused",
                "The payment provider refused the request; nothing was changed.", List.of());
    }
}
