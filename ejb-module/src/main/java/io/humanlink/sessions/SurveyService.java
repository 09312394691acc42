package io.humanlink.sessions;

import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.platform.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Answering surveys, at most once per person and subject, and their summary for managers.
 *
 * <p>"Once" is checked before writing (for a clear answer) and enforced by the unique key (survey, user, subject) when
 * two answers race: the loser's insert fails at the flush and it is told the same, {@code survey-already-answered}.
 */
@ApplicationScoped
@Transactional
public class SurveyService {

    static final String ALREADY_ANSWERED = "survey-already-answered";

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int SUMMARY_PAGE = 1000;
    private static final int MAX_DEPTH = 64;

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    SurveyDefinitions surveys;

    @Inject
    SurveySubjects subjects;

    @Inject
    Clock clock;

    /** The survey with this key, or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyDefinition definition(String key) {
        return surveys.require(key);
    }

    /**
     * Stores the caller's answers. In this order: an unknown survey is 404; invalid answers are refused all at once
     * (400); a per-session survey about a session the caller did not take part in, or that is not completed, is 404;
     * a second answer about the same subject, or within a per-user survey's cooldown, is 409
     * {@value #ALREADY_ANSWERED}. Nothing is stored unless the answer is accepted.
     */
    public SurveyResponse answer(UUID userPublicId, String key, SurveySubmission submission) {
        SurveyDefinition survey = surveys.require(key);
        List<FieldError> errors = SurveyValidator.validate(survey, submission);
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        User user = users.require(userPublicId);
        Instant now = clock.instant();
        UUID sessionId = null;
        if (survey.once() == SurveyDefinition.Once.PER_SESSION) {
            sessionId = SurveyValidator.sessionId(submission);
            if (!subjects.mayAnswerAbout(user.getId(), sessionId)) {
                throw new DomainException(404, "not-found", "Not found",
                        "No completed session " + sessionId + " of yours was found.");
            }
        }
        String subject = survey.subject(sessionId, now);
        requireNotAnswered(survey, user.getId(), subject, now);

        SurveyResponse response = new SurveyResponse(survey, user.getId(), subject,
                SurveyValidator.accepted(survey, submission.answers()), now);
        em.persist(response);
        try {
            em.flush();
        } catch (PersistenceException insertFailed) {
            if (isUniqueViolation(insertFailed)) {
                throw alreadyAnswered(survey, "A parallel request answered survey " + survey.key()
                        + " first; it counts once.");
            }
            throw insertFailed;
        }
        return response;
    }

    private void requireNotAnswered(SurveyDefinition survey, long userId, String subject, Instant now) {
        long same = em.createNamedQuery("SurveyResponse.answeredAbout", Long.class)
                .setParameter("key", survey.key())
                .setParameter("userId", userId)
                .setParameter("subject", subject)
                .getSingleResult();
        if (same > 0) {
            throw alreadyAnswered(survey, survey.once() == SurveyDefinition.Once.PER_SESSION
                    ? "You have already answered survey " + survey.key() + " about this session."
                    : "You have already answered survey " + survey.key() + ".");
        }
        if (survey.cooldown() != null) {
            Instant last = em.createNamedQuery("SurveyResponse.answeredAt", Instant.class)
                    .setParameter("key", survey.key())
                    .setParameter("userId", userId)
                    .setMaxResults(1)
                    .getResultStream().findFirst().orElse(null);
            if (last != null && last.plus(survey.cooldown()).isAfter(now)) {
                throw alreadyAnswered(survey, "You answered survey " + survey.key() + " at " + last
                        + "; it can be answered again from " + last.plus(survey.cooldown()) + ".");
            }
        }
    }

    /**
     * The figures of the current version of survey {@code key} from the responses created in [{@code from},
     * {@code to}) (either may be null: unbounded). Reads the responses a page at a time in id order.
     */
    public SurveySummary summary(String key, Instant from, Instant to) {
        SurveyDefinition survey = surveys.require(key);
        if (from != null && to != null && !to.isAfter(from)) {
            throw DomainException.validation("to", "must be after from");
        }
        StringBuilder jpql = new StringBuilder("select r.id, r.answers from SurveyResponse r "
                + "where r.surveyKey = :key and r.surveyVersion = :version and r.id > :after");
        if (from != null) {
            jpql.append(" and r.createdAt >= :from");
        }
        if (to != null) {
            jpql.append(" and r.createdAt < :to");
        }
        jpql.append(" order by r.id");
        SurveyTally tally = new SurveyTally(survey);
        long after = Long.MIN_VALUE;
        List<Object[]> page;
        do {
            TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                    .setParameter("key", survey.key())
                    .setParameter("version", survey.version())
                    .setParameter("after", after)
                    .setMaxResults(SUMMARY_PAGE);
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            page = query.getResultList();
            for (Object[] row : page) {
                after = (Long) row[0];
                try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader((String) row[1]))) {
                    tally.add(reader.readObject());
                }
            }
        } while (page.size() == SUMMARY_PAGE);
        return tally.summary(from, to);
    }

    private static DomainException alreadyAnswered(SurveyDefinition survey, String detail) {
        return new DomainException(409, ALREADY_ANSWERED, "Survey already answered", detail);
    }

    /** PostgreSQL and H2 both report a unique key taken by another transaction as SQLState 23505. */
    static boolean isUniqueViolation(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                int next = 0;
                for (SQLException e = sql; e != null && next < MAX_DEPTH; e = e.getNextException(), next++) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
