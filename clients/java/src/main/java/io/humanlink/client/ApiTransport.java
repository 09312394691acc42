package io.humanlink.client;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Sends one JSON request to {@code <base>/api/v1} and returns the JSON answer, or throws the problem it got. */
final class ApiTransport {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI baseUrl;
    private final String apiBase;
    private final Map<String, String> headers;

    ApiTransport(HttpClient http, URI baseUrl, Map<String, String> headers) {
        this.http = http;
        this.baseUrl = baseUrl;
        String base = baseUrl.toString();
        this.apiBase = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v1";
        this.headers = Map.copyOf(headers);
    }

    ApiTransport withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiTransport(http, baseUrl, more);
    }

    URI apiBase() {
        return URI.create(apiBase);
    }

    /**
     * @param path        below {@code /api/v1}, starting with {@code /}, query included
     * @param accessToken sent as {@code Authorization: Bearer}; {@code null} sends no credentials
     * @param body        JSON body, or {@code null} for none
     * @return the parsed answer, or {@code null} when the answer has no body (202, 204)
     */
    JsonValue send(String method, String path, String accessToken, JsonValue body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBase + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = exchange(request.build());
        String text = response.body();
        if (response.statusCode() / 100 != 2) {
            throw new ApiProblemException(response.statusCode(), Problem.parse(text), response.headers().map(), text);
        }
        return text == null || text.isBlank() ? null : Json.parse(text);
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException(request.method() + " " + request.uri()));
        }
    }

    /** A path segment, percent-encoded. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * {@code ?a=1&b=2} of the parameters whose value is not {@code null}, or the empty string when none is left.
     *
     * @param namesAndValues name, value, name, value, ...
     */
    static String query(Object... namesAndValues) {
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                joined.add(namesAndValues[i] + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
        return joined.toString();
    }
}
