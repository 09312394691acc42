package io.humanlink.matching;

import io.humanlink.platform.Jsonp;
import io.humanlink.profile.Codes;
import io.humanlink.profile.SessionType;
import io.humanlink.profile.WeeklySlot;
import io.humanlink.profile.WeeklySlotsJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A person's answered questionnaire: the raw answers, the trait scores derived from them, and what they look for
 * (interests, communication style, languages, session types, weekly availability in their time zone).
 *
 * <p>Invariants: the traits are always those {@link TraitScoring} gives for the stored answers of the stored version
 * (both are replaced together, never one alone); the answers were accepted by {@link PersonalityValidator}. The
 * matching job reads these columns directly, so values are stored in the same forms as a Friend's: vocabularies as
 * sorted comma-separated codes ({@link Codes}), slots as {@link WeeklySlotsJson}, the style as its lower-case code,
 * the answers as a JSON object; the getters hand out typed values.
 */
@Entity
@Table(name = "personality_profiles")
public class PersonalityProfile {

    private static final Comparator<WeeklySlot> WEEK_ORDER =
            Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::from);

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "questionnaire_version", nullable = false)
    private String questionnaireVersion;

    @Column(nullable = false)
    private String answers;

    @Column(name = "trait_openness", nullable = false)
    private double openness;

    @Column(name = "trait_conscientiousness", nullable = false)
    private double conscientiousness;

    @Column(name = "trait_extraversion", nullable = false)
    private double extraversion;

    @Column(name = "trait_agreeableness", nullable = false)
    private double agreeableness;

    @Column(name = "trait_neuroticism", nullable = false)
    private double neuroticism;

    @Column(nullable = false)
    private String interests;

    @Column(name = "communication_style", nullable = false)
    private String communicationStyle;

    @Column(nullable = false)
    private String languages;

    @Column(name = "session_types", nullable = false)
    private String sessionTypes;

    @Column(nullable = false)
    private String availability;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PersonalityProfile() {
    }

    /** A profile of {@code userId} that is persisted only once {@link #answer} has filled it. */
    PersonalityProfile(long userId) {
        this.userId = userId;
    }

    /**
     * Replaces everything with a newly answered questionnaire.
     *
     * @param answers item id to answer, stored in the iteration order given (the definition's order, by convention)
     */
    public void answer(String version, Map<String, Integer> answers, TraitScores traits, Set<String> interests,
                       CommunicationStyle communicationStyle, Set<String> languages, Set<SessionType> sessionTypes,
                       List<WeeklySlot> availability, ZoneId timeZone, Instant now) {
        this.questionnaireVersion = Objects.requireNonNull(version, "version");
        this.answers = answersJson(answers);
        this.openness = traits.openness();
        this.conscientiousness = traits.conscientiousness();
        this.extraversion = traits.extraversion();
        this.agreeableness = traits.agreeableness();
        this.neuroticism = traits.neuroticism();
        this.interests = Codes.join(interests);
        this.communicationStyle = communicationStyle.code();
        this.languages = Codes.join(languages);
        this.sessionTypes = Codes.join(sessionTypes.stream().map(SessionType::code).toList());
        this.availability = WeeklySlotsJson.write(availability.stream().sorted(WEEK_ORDER).toList());
        this.timeZone = timeZone.getId();
        this.updatedAt = now;
    }

    public long getUserId() {
        return userId;
    }

    public String getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    /** Item id to answer, in the order they were asked. */
    public Map<String, Integer> getAnswers() {
        Map<String, Integer> read = new LinkedHashMap<>();
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(answers))) {
            reader.readObject().forEach((id, value) -> read.put(id, ((JsonNumber) value).intValue()));
        }
        return read;
    }

    public TraitScores getTraits() {
        return new TraitScores(openness, conscientiousness, extraversion, agreeableness, neuroticism);
    }

    /** Interest codes, sorted. */
    public Set<String> getInterests() {
        return Codes.split(interests);
    }

    public CommunicationStyle getCommunicationStyle() {
        return CommunicationStyle.fromCode(communicationStyle);
    }

    /** ISO 639-1 codes, sorted. */
    public Set<String> getLanguages() {
        return Codes.split(languages);
    }

    public Set<SessionType> getSessionTypes() {
        Set<SessionType> types = EnumSet.noneOf(SessionType.class);
        Codes.split(sessionTypes).forEach(code -> types.add(SessionType.fromCode(code)));
        return types;
    }

    /** Weekly slots in {@link #getTimeZone()}, Monday first, each day's slots by start. */
    public List<WeeklySlot> getAvailability() {
        return WeeklySlotsJson.read(availability);
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    private static String answersJson(Map<String, Integer> answers) {
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder();
        answers.forEach(json::add);
        return json.build().toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalityProfile that && Objects.equals(userId, that.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(userId);
    }
}
