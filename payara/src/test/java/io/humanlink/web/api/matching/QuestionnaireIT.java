package io.humanlink.web.api.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.RawHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /questionnaire}: the versioned definition, public so that it can be shown before sign-up. */
@HumanLinkIT
class QuestionnaireIT {

    private static final String PATH = "/api/v1/questionnaire";

    private final AppUnderTest app;

    QuestionnaireIT(AppUnderTest app) {
        this.app = app;
    }

    @Test
    void anyoneGetsTheCurrentVersionWithItsTwentyItemsWithoutAToken() {
        HttpResponse<String> response = app.http().get(PATH);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(RawHttp.mediaType(response)).isEqualTo("application/json");
        JsonObject definition = RawHttp.json(response);
        assertThat(definition.getString("version")).isEqualTo(PersonalityAnswersFixture.CURRENT_VERSION);
        assertThat(definition.getJsonArray("items")).hasSize(20);
        assertThat(definition.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("id"))
                .containsExactlyElementsOf(PersonalityAnswersFixture.ITEM_IDS);
        assertThat(definition.getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(item -> item.getBoolean("reverse"))
                .extracting(item -> item.getString("id"))
                .containsExactlyInAnyOrderElementsOf(PersonalityAnswersFixture.REVERSED);
    }

    @Test
    void itListsTheScaleTheVocabulariesAndTheAvailabilityRules() {
        JsonObject definition = RawHttp.json(app.http().get(PATH));

        assertThat(definition.getJsonObject("scale").getInt("min")).isEqualTo(1);
        assertThat(definition.getJsonObject("scale").getInt("max")).isEqualTo(5);
        assertThat(definition.getJsonObject("scale").getJsonArray("labels")).hasSize(5);
        assertThat(codes(definition, "interests")).hasSizeBetween(1, 64).contains("music", "board-games")
                .doesNotHaveDuplicates();
        assertThat(definition.getJsonObject("interests").getInt("max")).isEqualTo(10);
        assertThat(codes(definition, "languages")).hasSizeBetween(1, 64).contains("en", "de", "tl")
                .doesNotHaveDuplicates();
        assertThat(codes(definition, "communicationStyles")).containsExactly("listener", "talker", "balanced");
        assertThat(codes(definition, "sessionTypes")).containsExactly("text", "voice", "video");
        assertThat(definition.getJsonObject("availability").getInt("maxSlots")).isEqualTo(21);
        assertThat(definition.getJsonObject("availability").getInt("granularityMinutes")).isEqualTo(15);
    }

    @Test
    void aSignedInUserGetsTheSameDefinition() {
        Accounts.SignedIn user = new Accounts(app).signUpAndLogIn();

        HttpResponse<String> anonymous = app.http().get(PATH);
        HttpResponse<String> signedIn = app.http().get(PATH, "Authorization", "Bearer " + user.accessToken());

        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(RawHttp.json(signedIn)).isEqualTo(RawHttp.json(anonymous));
    }

    private static List<String> codes(JsonObject definition, String vocabulary) {
        return definition.getJsonObject(vocabulary).getJsonArray("options").stream()
                .map(JsonValue::asJsonObject).map(option -> option.getString("code")).toList();
    }
}
