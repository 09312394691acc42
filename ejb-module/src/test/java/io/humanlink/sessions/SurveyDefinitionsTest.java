package io.humanlink.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.platform.DomainException;
import io.humanlink.sessions.SurveyDefinition.Once;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyDefinitionsTest {

    private final SurveyDefinitions bundled = SurveyDefinitions.fromClassPath();

    @Test
    void npsAsksZeroToTenOncePerNinetyDaysWithAnOptionalComment() {
        SurveyDefinition nps = bundled.require("nps");

        assertThat(nps.version()).isEqualTo("2026-1");
        assertThat(nps.once()).isEqualTo(Once.PER_USER);
        assertThat(nps.cooldown()).isEqualTo(Duration.ofDays(90));
        assertThat(nps.mainScore()).isEqualTo("q1");
        assertThat(nps.questions()).containsExactly(
                new SurveyQuestion.Score("q1", "How likely are you to recommend HumanLink to a friend?", true, 0, 10),
                new SurveyQuestion.Text("comment", "What is the main reason for your score?", false, 1000));
        assertThat(nps.json().getString("key")).isEqualTo("nps");
    }

    @Test
    void afterSessionAsksOneToFiveWhatHelpedAndACommentPerSession() {
        SurveyDefinition afterSession = bundled.require("after-session");

        assertThat(afterSession.once()).isEqualTo(Once.PER_SESSION);
        assertThat(afterSession.cooldown()).isNull();
        assertThat(afterSession.questions()).extracting(SurveyQuestion::id).containsExactly("q1", "helped",
                "comment");
        assertThat(afterSession.question("q1")).get().isEqualTo(
                new SurveyQuestion.Score("q1", "How did you feel after the session?", true, 1, 5));
        assertThat(afterSession.question("helped")).get().isInstanceOfSatisfying(SurveyQuestion.Choice.class,
                choice -> assertThat(choice.options()).contains("being-heard", "advice", "other")
                        .doesNotHaveDuplicates());
        assertThat(afterSession.question("comment")).get().extracting(SurveyQuestion::required).isEqualTo(false);
    }

    @Test
    void surveysAreListedInTheDocumentsOrderAndAnUnknownKeyIsNotFound() {
        assertThat(bundled.all()).extracting(SurveyDefinition::key).containsExactly("nps", "after-session");
        assertThat(bundled.find("nope")).isEmpty();
        assertThat(bundled.find(null)).isEmpty();
        assertThatThrownBy(() -> bundled.require("nope")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void aFileUrlReplacesTheBundledDefinitions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("surveys.json");
        Files.writeString(file, document(survey("pulse", "per-user").add("cooldown", "P7D")).toString());

        SurveyDefinitions fromFile = SurveyDefinitions.fromLocation(file.toUri().toString());

        assertThat(fromFile.all()).extracting(SurveyDefinition::key).containsExactly("pulse");
        assertThat(fromFile.require("pulse").cooldown()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aLocationThatIsNotAFileUrlIsRefusedByName(@TempDir Path dir) {
        assertThatThrownBy(() -> SurveyDefinitions.fromLocation(dir.resolve("surveys.json").toString()))
                .hasMessageContaining("humanlink.surveys.location must be a file: URL");
        assertThatThrownBy(() -> SurveyDefinitions.fromLocation(dir.resolve("missing.json").toUri().toString()))
                .hasMessageContaining("missing.json");
    }

    @Test
    void brokenDefinitionsFailWhenLoadedNamingTheSurvey() {
        assertInvalid(document(survey("a", "per-user"), survey("a", "per-user")), "survey key a is defined twice");
        assertInvalid(document(survey("Bad Key", "per-user")), "key must match");
        assertInvalid(document(survey("s", "per-visit")), "once must be per-user or per-session");
        assertInvalid(document(survey("s", "per-session").add("cooldown", "P1D")),
                "only a per-user survey can have a cooldown");
        assertInvalid(document(survey("s", "per-user").add("cooldown", "90 days")), "ISO-8601 duration");
        assertInvalid(document(survey("s", "per-user").add("mainScore", "comment")),
                "mainScore must name a score question");
        assertInvalid(document(survey("s", "per-user").add("questions", Json.createArrayBuilder()
                .add(score("q", 0, 10)).add(score("q", 1, 5)))), "question id q is not unique");
        assertInvalid(document(survey("s", "per-user").add("questions", Json.createArrayBuilder()
                .add(score("q", 5, 5)))), "min must be below max");
        assertInvalid(document(survey("s", "per-user").add("questions", Json.createArrayBuilder()
                .add(question("q", "choice").add("options", Json.createArrayBuilder())))), "options must be");
        assertInvalid(document(survey("s", "per-user").add("questions", Json.createArrayBuilder()
                .add(question("q", "slider")))), "kind must be score, choice or text");
        assertInvalid(document(survey("s", "per-user").add("questions", Json.createArrayBuilder())),
                "must have 1 to 20 questions");
        assertInvalid(document(survey("s", "per-user").remove("version")), "version must be a string");
    }

    @Test
    void textThatCouldNotBeStoredIsRefused() {
        JsonArrayBuilder questions = Json.createArrayBuilder().add(score("q1", 0, 10))
                .add(question("long", "text").add("maxLength", 2000));

        assertInvalid(document(survey("s", "per-user").add("questions", questions)), "at most 4000 fit");
    }

    @Test
    void perSessionSurveysAreAnsweredOncePerSession() {
        UUID session = UUID.randomUUID();

        assertThat(bundled.require("after-session").subject(session, Instant.now()))
                .isEqualTo("session:" + session);
    }

    @Test
    void answersAtLeastACooldownApartNeverShareAPeriod() {
        SurveyDefinition nps = bundled.require("nps");
        Instant first = Instant.parse("2026-03-14T09:26:53Z");

        String subject = nps.subject(null, first);

        assertThat(subject).startsWith("period:");
        assertThat(nps.subject(null, first.plus(Duration.ofDays(90)))).isNotEqualTo(subject);
        assertThat(nps.subject(null, first.plus(Duration.ofDays(200)))).isNotEqualTo(subject);
        // the period starts at a multiple of 90 days since the epoch, so the same instant always gives the same key
        long days = Duration.between(Instant.EPOCH, Instant.parse(subject.substring("period:".length()))).toDays();
        assertThat(days % 90).isZero();
        assertThat(nps.subject(null, first)).isEqualTo(subject);
    }

    @Test
    void perUserSurveysWithoutCooldownAreAnsweredOncePerVersion() {
        SurveyDefinition once = SurveyDefinitions.of(document(survey("welcome", "per-user"))).require("welcome");

        assertThat(once.subject(null, Instant.now())).isEqualTo("version:1");
    }

    private static void assertInvalid(JsonObject document, String message) {
        assertThatThrownBy(() -> SurveyDefinitions.of(document)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }

    private static JsonObject document(JsonObjectBuilder... surveys) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder survey : surveys) {
            array.add(survey);
        }
        return Json.createObjectBuilder().add("surveys", array).build();
    }

    private static JsonObjectBuilder survey(String key, String once) {
        return Json.createObjectBuilder().add("key", key).add("version", "1").add("title", "A survey")
                .add("once", once)
                .add("questions", Json.createArrayBuilder().add(score("q1", 0, 10))
                        .add(question("comment", "text").add("maxLength", 500)));
    }

    private static JsonObjectBuilder score(String id, int min, int max) {
        return question(id, "score").add("min", min).add("max", max).add("required", true);
    }

    private static JsonObjectBuilder question(String id, String kind) {
        return Json.createObjectBuilder().add("id", id).add("kind", kind).add("text", "Question " + id);
    }
}
