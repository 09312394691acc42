package io.humanlink.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.matching.QuestionnaireDefinition.Item;
import io.humanlink.matching.QuestionnaireDefinition.Trait;
import io.humanlink.profile.SessionType;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuestionnaireDefinitionTest {

    private final QuestionnaireDefinition definition = QuestionnaireDefinition.fromClassPath();

    @Test
    void loadsTheCurrentVersion() {
        assertThat(definition.version()).isEqualTo("2026-1");
        assertThat(definition.asJson().getString("version")).isEqualTo("2026-1");
    }

    @Test
    void hasTheTwentyMiniIpipItemsFourPerTraitNamedByTrait() {
        assertThat(definition.items()).hasSize(20);
        Map<Trait, List<String>> idsByTrait = definition.items().stream().collect(Collectors.groupingBy(Item::trait,
                Collectors.mapping(Item::id, Collectors.toList())));
        assertThat(idsByTrait).containsOnlyKeys(Trait.values());
        for (Trait trait : Trait.values()) {
            String letter = trait.name().substring(0, 1);
            assertThat(idsByTrait.get(trait)).as(trait.code())
                    .containsExactlyInAnyOrder(letter + "1", letter + "2", letter + "3", letter + "4");
        }
        assertThat(definition.items()).allSatisfy(item -> assertThat(item.text()).isNotBlank());
    }

    @Test
    void reverseKeyedItemsAreThoseOfThePublishedScale() {
        assertThat(definition.items().stream().filter(Item::reverse).map(Item::id))
                .containsExactlyInAnyOrder("E2", "E4", "A2", "A4", "C2", "C4", "N2", "N4", "O2", "O3", "O4");
        assertThat(definition.item("O1")).get().extracting(Item::text).isEqualTo("Have a vivid imagination.");
        assertThat(definition.item("N4")).get().extracting(Item::text).isEqualTo("Seldom feel blue.");
    }

    @Test
    void itemsAreAskedInThePublishedInterleavedOrder() {
        assertThat(definition.items().stream().map(Item::id).limit(10))
                .containsExactly("E1", "A1", "C1", "N1", "O1", "E2", "A2", "C2", "N2", "O2");
    }

    @Test
    void scaleRunsFromOneToFiveWithALabelForEachPoint() {
        assertThat(definition.scaleMin()).isEqualTo(1);
        assertThat(definition.scaleMax()).isEqualTo(5);
        assertThat(definition.asJson().getJsonObject("scale").getJsonArray("labels")).hasSize(5);
    }

    @Test
    void interestsAreAtMostSixtyFourUniqueLowerCaseCodes() {
        assertThat(definition.interests()).hasSizeBetween(1, QuestionnaireDefinition.MAX_CODES).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z][a-z-]*"));
        assertThat(definition.interestsMin()).isEqualTo(1);
        assertThat(definition.interestsMax()).isEqualTo(10);
        assertThat(definition.isInterest("board-games")).isTrue();
        assertThat(definition.isInterest("foo")).isFalse();
        assertThat(definition.isInterest(null)).isFalse();
    }

    @Test
    void languagesAreAtMostSixtyFourUniqueIso6391Codes() {
        Set<String> iso6391 = Set.of(Locale.getISOLanguages());
        assertThat(definition.languages()).hasSizeBetween(1, QuestionnaireDefinition.MAX_CODES)
                .doesNotHaveDuplicates().allMatch(iso6391::contains);
        assertThat(definition.languagesMin()).isEqualTo(1);
        assertThat(definition.isLanguage("pt")).isTrue();
        assertThat(definition.isLanguage("xx")).isFalse();
    }

    /** The index of a code is its bit in stored match masks: a new version may append codes, never move one. */
    @Test
    void codeOrderIsPinnedBecauseIndexesAreMaskBits() {
        assertThat(definition.interests()).startsWith("music", "books", "movies", "travel", "cooking", "sports",
                "fitness", "hiking", "gaming", "art", "photography", "technology", "science", "history", "politics",
                "languages", "pets", "gardening", "fashion", "theatre", "dance", "meditation", "spirituality",
                "parenting", "career", "entrepreneurship", "finance", "cars", "nature", "food", "wine", "coffee",
                "writing", "poetry", "board-games", "anime", "podcasts", "volunteering", "mental-health",
                "philosophy");
        assertThat(definition.languages()).startsWith("en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "ar",
                "zh", "ja", "ko", "hi", "ru", "sv", "da", "no", "fi", "el", "cs", "hu", "ro", "uk", "he", "id", "ms",
                "th", "vi", "tl");
    }

    @Test
    void communicationStylesAndSessionTypesAreTheDomainsCodes() {
        assertThat(definition.communicationStyles()).containsExactlyElementsOf(
                Arrays.stream(CommunicationStyle.values()).map(CommunicationStyle::code).toList());
        assertThat(definition.sessionTypes()).containsExactlyElementsOf(
                Arrays.stream(SessionType.values()).map(SessionType::code).toList());
    }

    @Test
    void availabilityAllowsOneToTwentyOneSlotsOnTheQuarterHour() {
        assertThat(definition.availabilityMinSlots()).isEqualTo(1);
        assertThat(definition.availabilityMaxSlots()).isEqualTo(21);
        assertThat(definition.granularityMinutes()).isEqualTo(15);
    }

    @Test
    void aDefinitionWithMoreInterestsThanMaskBitsIsRefused() {
        JsonArrayBuilder options = Json.createArrayBuilder();
        for (int i = 0; i <= QuestionnaireDefinition.MAX_CODES; i++) {
            options.add(Json.createObjectBuilder().add("code", "interest-" + i).add("label", "Interest " + i));
        }
        JsonObject tooMany = with(definition.asJson(), "interests",
                interests -> Json.createObjectBuilder(interests).add("options", options).build());

        assertThatThrownBy(() -> QuestionnaireDefinition.of(tooMany))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("interests");
    }

    @Test
    void aDefinitionWithoutFourItemsPerTraitIsRefused() {
        JsonObject nineteen = Json.createObjectBuilder(definition.asJson())
                .add("items", Json.createArrayBuilder(definition.asJson().getJsonArray("items")).remove(0))
                .build();

        assertThatThrownBy(() -> QuestionnaireDefinition.of(nineteen))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EXTRAVERSION");
    }

    private static JsonObject with(JsonObject json, String key, Function<JsonObject, JsonObject> change) {
        return Json.createObjectBuilder(json).add(key, change.apply(json.getJsonObject(key))).build();
    }
}
