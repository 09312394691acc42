package io.humanlink.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The API answered with a non-2xx status; {@link #problem()} is its parsed RFC 9457 body. */
public class ApiProblemException extends RuntimeException {

    private final int status;
    private final transient Problem problem;
    private final transient Map<String, List<String>> headers;
    private final String body;

    public ApiProblemException(int status, Problem problem, Map<String, List<String>> headers, String body) {
        super(message(status, problem, body));
        this.status = status;
        this.problem = problem;
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        this.headers = caseInsensitive;
        this.body = body;
    }

    /** The HTTP status code of the response. */
    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }

    /** Shortcut for {@code problem().slug()}. */
    public String slug() {
        return problem.slug();
    }

    /** The first value of a response header (name matched case-insensitively). */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).filter(values -> !values.isEmpty()).map(List::getFirst);
    }

    /** The raw response body, for diagnostics. */
    public String body() {
        return body;
    }

    private static String message(int status, Problem problem, String body) {
        if (problem.type() == null) {
            String start = body == null ? "" : body.substring(0, Math.min(body.length(), 300));
            return "HTTP " + status + " without a problem body: " + start;
        }
        return "HTTP " + status + " " + problem.slug() + ": " + problem.detail()
                + (problem.errors().isEmpty() ? "" : " " + problem.errors());
    }
}
