package io.humanlink.web.platform;

import io.humanlink.client.Problem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/** Untyped HTTP to the app, for requests the typed client cannot or should not make. */
public final class RawHttp {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI base;

    RawHttp(URI base) {
        this.base = base;
    }

    /**
     * @param target  a path such as {@code /api/v1/auth/login}, or a full URL (a link from a mail)
     * @param headers name, value, name, value, ...
     */
    public HttpResponse<String> get(String target, String... headers) {
        return send("GET", target, null, null, headers);
    }

    /**
     * @param contentType sent as {@code Content-Type} unless {@code null}
     * @param body        sent as is (UTF-8); {@code null} sends no body
     * @param headers     name, value, name, value, ...
     */
    public HttpResponse<String> send(String method, String target, String contentType, String body,
                                     String... headers) {
        URI uri = target.startsWith("http://") || target.startsWith("https://") ? URI.create(target)
                : URI.create(base + target);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + uri, e);
        }
    }

    /** {@code POST} of a JSON text (valid or not) with {@code Content-Type: application/json}. */
    public HttpResponse<String> postJson(String target, String json, String... headers) {
        return send("POST", target, "application/json", json, headers);
    }

    public static Problem problem(HttpResponse<String> response) {
        return Problem.parse(response.body());
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The response's {@code Content-Type} without parameters, lower case ({@code ""} when there is none). */
    public static String mediaType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type")
                .map(value -> value.split(";")[0].trim().toLowerCase(Locale.ROOT)).orElse("");
    }
}
