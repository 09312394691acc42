package io.humanlink.sessions;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.Jsonp;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The surveys that can be answered: one JSON document, by default the bundled {@value #RESOURCE}, or the file that
 * {@code humanlink.surveys.location} names (a {@code file:} URL, so operators can add or reword surveys without a
 * build). Read once at start-up; a missing or broken document fails the deployment, never a user's request.
 *
 * <p>The document is {@code {"surveys": [...]}}, each entry as {@link SurveyDefinition#read} describes; keys are
 * unique.
 * Each survey is served to clients as written, so the rules here and what clients show cannot disagree.
 */
@ApplicationScoped
public class SurveyDefinitions {

    public static final String RESOURCE = "sessions/surveys.json";
    public static final String LOCATION_PROPERTY = "humanlink.surveys.location";

    @Inject
    @ConfigProperty(name = LOCATION_PROPERTY)
    Optional<String> location;

    /** In the document's order. */
    private Map<String, SurveyDefinition> byKey;

    /** The bundled definitions; what CDI gives without {@value #LOCATION_PROPERTY} is the same. */
    public static SurveyDefinitions fromClassPath() {
        SurveyDefinitions definitions = new SurveyDefinitions();
        definitions.location = Optional.empty();
        definitions.load();
        return definitions;
    }

    /** The definitions in the file at {@code fileUrl} ({@code file:/etc/humanlink/surveys.json}). */
    public static SurveyDefinitions fromLocation(String fileUrl) {
        SurveyDefinitions definitions = new SurveyDefinitions();
        definitions.location = Optional.of(fileUrl);
        definitions.load();
        return definitions;
    }

    /** Definitions from a document of the same shape (tests use variants of the real one). */
    public static SurveyDefinitions of(JsonObject document) {
        SurveyDefinitions definitions = new SurveyDefinitions();
        definitions.read(document);
        return definitions;
    }

    /** Loads the document when the application starts, so a broken one fails the deployment, not a request. */
    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // observing is enough: CDI creates the bean, and @PostConstruct reads the document
    }

    @PostConstruct
    void load() {
        Optional<String> configured = location.map(String::trim).filter(value -> !value.isEmpty());
        String source = configured.orElse("classpath:" + RESOURCE);
        try (InputStream in = configured.isPresent() ? openFile(configured.get())
                : SurveyDefinitions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("survey definitions " + RESOURCE + " are not on the class path");
            }
            try (JsonReader reader = Jsonp.PROVIDER.createReader(in)) {
                read(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the survey definitions at " + source, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load the survey definitions from " + source + ": "
                    + e.getMessage(), e);
        }
    }

    /** A bare path would be a silent misconfiguration elsewhere; here it is refused by name. */
    private static InputStream openFile(String fileUrl) throws IOException {
        if (!fileUrl.startsWith("file:")) {
            throw new IllegalStateException(LOCATION_PROPERTY + " must be a file: URL such as "
                    + "file:/etc/humanlink/surveys.json, not " + fileUrl);
        }
        return URI.create(fileUrl).toURL().openStream();
    }

    private void read(JsonObject document) {
        Map<String, SurveyDefinition> read = new LinkedHashMap<>();
        for (JsonValue entry : document.getJsonArray("surveys")) {
            SurveyDefinition definition = SurveyDefinition.read(entry.asJsonObject());
            if (read.putIfAbsent(definition.key(), definition) != null) {
                throw new IllegalStateException("survey key " + definition.key() + " is defined twice");
            }
        }
        byKey = Collections.unmodifiableMap(read);
    }

    public Optional<SurveyDefinition> find(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /** The survey with this key, or 404. */
    public SurveyDefinition require(String key) {
        return find(key).orElseThrow(() -> DomainException.notFound("Survey '" + abbreviate(key) + "'"));
    }

    /** Every survey, in the document's order. */
    public Collection<SurveyDefinition> all() {
        return byKey.values();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 32 ? text : text.substring(0, 32) + "…";
    }
}
