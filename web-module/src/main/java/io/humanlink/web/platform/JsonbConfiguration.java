package io.humanlink.web.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One JSON-B configuration for the API: unknown fields in a request are an error (a typo must not be silently
 * ignored, e.g. "dispalyName"), and nulls are written so that clients see every field of a response.
 */
@Provider
@ApplicationScoped
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
