package io.humanlink.web.platform;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures on resource parameters become a 400 listing each field by the name the client used
 * ({@code email}, not {@code signup.arg0.email}); a missing body is reported as field {@code body}.
 */
@Provider
@ApplicationScoped
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    DomainExceptionMapper domain;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return domain.toResponse(DomainException.validation(errors));
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            // An element of a collection ("roles": [null]) is reported as the collection's field.
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName());
            }
        }
        // [method, parameter, field...] for resource parameters.
        if (names.size() <= 2) {
            return names.size() == 2 && isQueryLike(names.get(1)) ? names.get(1) : "body";
        }
        return String.join(".", names.subList(2, names.size()));
    }

    private static boolean isQueryLike(String parameter) {
        return !parameter.equals("body") && !parameter.startsWith("arg");
    }
}
