package io.humanlink.matching;

import io.humanlink.platform.Jsonp;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questionnaire users and Friends fill in: one versioned JSON document on the class path ({@value #RESOURCE}),
 * served to clients as is and read here for the rules that check answers, so the two cannot disagree.
 *
 * <p>Invariants, checked when it loads (a broken definition fails the deployment, not a user's request): 20 items, 4
 * per trait, unique ids; interest and language codes unique and at most {@value #MAX_CODES} each. The position of a
 * code in {@link #interests()} and {@link #languages()} is its bit in a match mask ({@code long}), so a new version may
 * only append codes, never reorder or remove them.
 */
@ApplicationScoped
public class QuestionnaireDefinition {

    public static final String RESOURCE = "matching/questionnaire.json";
    /** The width of the {@code long} masks matching keeps interests and languages in. */
    public static final int MAX_CODES = 64;

    private static final int ITEMS_PER_TRAIT = 4;

    /** A Big Five trait; its code is the lower-case name used in the definition and on the wire. */
    public enum Trait {
        OPENNESS, CONSCIENTIOUSNESS, EXTRAVERSION, AGREEABLENESS, NEUROTICISM;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Trait fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** One statement rated on the scale; a reverse-keyed item counts against its trait. */
    public record Item(String id, String text, Trait trait, boolean reverse) {
    }

    private JsonObject json;
    private String version;
    private List<Item> items;
    private Map<String, Item> itemsById;
    private int scaleMin;
    private int scaleMax;
    private List<String> interests;
    private Set<String> interestSet;
    private int interestsMin;
    private int interestsMax;
    private List<String> communicationStyles;
    private List<String> languages;
    private Set<String> languageSet;
    private int languagesMin;
    private int languagesMax;
    private List<String> sessionTypes;
    private int sessionTypesMin;
    private int availabilityMinSlots;
    private int availabilityMaxSlots;
    private int granularityMinutes;

    /** The definition on the class path; what CDI gives is the same, loaded once per application. */
    public static QuestionnaireDefinition fromClassPath() {
        QuestionnaireDefinition definition = new QuestionnaireDefinition();
        definition.load();
        return definition;
    }

    /** A definition from a document of the same shape (tests use variants of the real one). */
    public static QuestionnaireDefinition of(JsonObject json) {
        QuestionnaireDefinition definition = new QuestionnaireDefinition();
        definition.read(json);
        return definition;
    }

    @PostConstruct
    void load() {
        try (InputStream in = QuestionnaireDefinition.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("questionnaire definition " + RESOURCE + " is not on the class path");
            }
            try (JsonReader reader = Jsonp.PROVIDER.createReader(in)) {
                read(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private void read(JsonObject definition) {
        json = definition;
        version = definition.getString("version");
        JsonObject scale = definition.getJsonObject("scale");
        scaleMin = scale.getInt("min");
        scaleMax = scale.getInt("max");
        items = readItems(definition.getJsonArray("items"));
        itemsById = new LinkedHashMap<>();
        items.forEach(item -> itemsById.put(item.id(), item));

        JsonObject interestsJson = definition.getJsonObject("interests");
        interests = codes(interestsJson, "interests");
        interestSet = Set.copyOf(interests);
        interestsMin = interestsJson.getInt("min");
        interestsMax = interestsJson.getInt("max", interests.size());

        communicationStyles = codes(definition.getJsonObject("communicationStyles"), "communicationStyles");

        JsonObject languagesJson = definition.getJsonObject("languages");
        languages = codes(languagesJson, "languages");
        languageSet = Set.copyOf(languages);
        languagesMin = languagesJson.getInt("min");
        languagesMax = languagesJson.getInt("max", languages.size());

        JsonObject sessionTypesJson = definition.getJsonObject("sessionTypes");
        sessionTypes = codes(sessionTypesJson, "sessionTypes");
        sessionTypesMin = sessionTypesJson.getInt("min");

        JsonObject availability = definition.getJsonObject("availability");
        availabilityMinSlots = availability.getInt("minSlots");
        availabilityMaxSlots = availability.getInt("maxSlots");
        granularityMinutes = availability.getInt("granularityMinutes");
        if (granularityMinutes <= 0 || 60 % granularityMinutes != 0) {
            throw new IllegalStateException("availability granularity must divide an hour: " + granularityMinutes);
        }
    }

    private static List<Item> readItems(JsonArray array) {
        List<Item> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<Trait, Integer> perTrait = new EnumMap<>(Trait.class);
        for (JsonValue value : array) {
            JsonObject item = value.asJsonObject();
            Item parsed = new Item(item.getString("id"), item.getString("text"),
                    Trait.fromCode(item.getString("trait")), item.getBoolean("reverse"));
            if (!ids.add(parsed.id())) {
                throw new IllegalStateException("questionnaire item id " + parsed.id() + " is not unique");
            }
            perTrait.merge(parsed.trait(), 1, Integer::sum);
            read.add(parsed);
        }
        for (Trait trait : Trait.values()) {
            if (perTrait.getOrDefault(trait, 0) != ITEMS_PER_TRAIT) {
                throw new IllegalStateException("the questionnaire needs " + ITEMS_PER_TRAIT + " items for " + trait);
            }
        }
        return List.copyOf(read);
    }

    private static List<String> codes(JsonObject vocabulary, String name) {
        List<String> codes = vocabulary.getJsonArray("options").stream()
                .map(option -> option.asJsonObject().getString("code"))
                .toList();
        if (codes.size() > MAX_CODES || new HashSet<>(codes).size() != codes.size()) {
            throw new IllegalStateException(name + " must be at most " + MAX_CODES + " unique codes");
        }
        return codes;
    }

    /** The version answers must name; answers to an older version are refused and the client fetches again. */
    public String version() {
        return version;
    }

    /** The items in the order they are asked. */
    public List<Item> items() {
        return items;
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(itemsById.get(id));
    }

    public int scaleMin() {
        return scaleMin;
    }

    public int scaleMax() {
        return scaleMax;
    }

    /** Interest codes; a code's index is its bit in an interest mask. */
    public List<String> interests() {
        return interests;
    }

    public boolean isInterest(String code) {
        return code != null && interestSet.contains(code);
    }

    public int interestsMin() {
        return interestsMin;
    }

    public int interestsMax() {
        return interestsMax;
    }

    public List<String> communicationStyles() {
        return communicationStyles;
    }

    /** ISO 639-1 codes; a code's index is its bit in a language mask. */
    public List<String> languages() {
        return languages;
    }

    public boolean isLanguage(String code) {
        return code != null && languageSet.contains(code);
    }

    public int languagesMin() {
        return languagesMin;
    }

    public int languagesMax() {
        return languagesMax;
    }

    public List<String> sessionTypes() {
        return sessionTypes;
    }

    public int sessionTypesMin() {
        return sessionTypesMin;
    }

    public int availabilityMinSlots() {
        return availabilityMinSlots;
    }

    public int availabilityMaxSlots() {
        return availabilityMaxSlots;
    }

    /** Slot boundaries fall on multiples of this many minutes. */
    public int granularityMinutes() {
        return granularityMinutes;
    }

    /** The whole definition as clients receive it. */
    public JsonObject asJson() {
        return json;
    }
}
