package io.humanlink.web.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON binding failure into words safe to show a client: it names an unknown field when that was the
 * problem, and otherwise says the body is not valid JSON for the request — never class names or parser internals.
 */
final class MalformedRequests {

    // Yasson's wording: "Json property isAdmin can not be mapped to a class ...".
    private static final Pattern UNKNOWN_PROPERTY =
            Pattern.compile("(?:[Uu]nknown property|Json property)[^A-Za-z0-9_$]*([A-Za-z0-9_$]+)(?: can not be mapped)?");

    private MalformedRequests() {
    }

    static String detailFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                Matcher m = UNKNOWN_PROPERTY.matcher(message);
                if (m.find()) {
                    return "Unknown field '" + m.group(1) + "' in the request body.";
                }
            }
        }
        return "The request body is not valid JSON of the expected shape.";
    }

    /** Jersey's signal for a request that has no body where one is required. */
    static boolean isMissingBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.ws.rs.core.NoContentException) {
                return true;
            }
        }
        return false;
    }

    static boolean isJsonBindingFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("jakarta.json") || name.contains("yasson") || name.contains("parsson")
                    || t instanceof jakarta.ws.rs.ProcessingException) {
                return true;
            }
        }
        return false;
    }
}
