package io.humanlink.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure at commit (an optimistic-lock clash, a unique key lost to a concurrent request) reaches JAX-RS wrapped in
 * {@link TransactionalException}. Jersey ships a mapper for that type which gives up on such causes, so ours takes
 * the type and judges the cause chain like every other failure.
 */
@Provider
@ApplicationScoped
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Inject
    UnexpectedExceptionMapper unexpected;

    @Override
    public Response toResponse(TransactionalException e) {
        return unexpected.toResponse(e);
    }
}
