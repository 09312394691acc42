package io.humanlink.sessions;

import io.humanlink.platform.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One person's answers to one survey version, about one subject (a session, a cooldown period or the version; see
 * {@link SurveyDefinition#subject}). Written once, never changed.
 *
 * <p>Invariants: the answers were accepted by {@link SurveyValidator} for that version and are stored in its question
 * order; {@code score} is the answer to the survey's main score question (null when there is none or it was skipped),
 * so reports can aggregate it without parsing; (survey, user, subject) is unique in the database.
 */
@Entity
@Table(name = "survey_responses")
@NamedQuery(name = "SurveyResponse.answeredAbout", query = "select count(r) from SurveyResponse r "
        + "where r.surveyKey = :key and r.userId = :userId and r.subject = :subject")
// Newest first rather than max(): an aggregate would bypass the Instant converter.
@NamedQuery(name = "SurveyResponse.answeredAt", query = "select r.createdAt from SurveyResponse r "
        + "where r.surveyKey = :key and r.userId = :userId order by r.createdAt desc")
public class SurveyResponse {

    @Id
    @SequenceGenerator(name = "survey_responses_seq", sequenceName = "survey_responses_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_responses_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @Column(name = "survey_key", nullable = false, updatable = false)
    private String surveyKey;

    @Column(name = "survey_version", nullable = false, updatable = false)
    private String surveyVersion;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String answers;

    @Column(updatable = false)
    private Integer score;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SurveyResponse() {
    }

    /**
     * @param answers as {@link SurveyValidator#accepted} gives them
     */
    public SurveyResponse(SurveyDefinition survey, long userId, String subject, JsonObject answers, Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.surveyKey = survey.key();
        this.surveyVersion = survey.version();
        this.userId = userId;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.answers = answers.toString();
        this.score = survey.mainScore() == null || !answers.containsKey(survey.mainScore()) ? null
                : answers.getJsonNumber(survey.mainScore()).intValueExact();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public UUID getPublicId() {
        return UUID.fromString(publicId);
    }

    public String getSurveyKey() {
        return surveyKey;
    }

    public String getSurveyVersion() {
        return surveyVersion;
    }

    public long getUserId() {
        return userId;
    }

    public String getSubject() {
        return subject;
    }

    public JsonObject getAnswers() {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(answers))) {
            return reader.readObject();
        }
    }

    /** The main score, or null. */
    public Integer getScore() {
        return score;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SurveyResponse that && publicId.equals(that.publicId);
    }

    @Override
    public int hashCode() {
        return publicId.hashCode();
    }
}
