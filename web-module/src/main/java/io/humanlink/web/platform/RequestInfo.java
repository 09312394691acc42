package io.humanlink.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The current request's id (see {@link RequestLogFilter}) and path, for problem documents. */
@RequestScoped
public class RequestInfo {

    @Inject
    HttpServletRequest request;

    public String requestId() {
        Object id = request.getAttribute(RequestLogFilter.REQUEST_ID_ATTRIBUTE);
        return id == null ? null : id.toString();
    }

    public String path() {
        return request.getRequestURI();
    }
}
