package io.humanlink.matching;

import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.matching.PersonalityAnswers.Slot;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.profile.SessionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** One's own answered questionnaire: answer it (again) and read it back. */
@ApplicationScoped
@Transactional
public class PersonalityService {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    QuestionnaireDefinition questionnaire;

    @Inject
    Event<PersonalityProfileSaved> saved;

    @Inject
    Clock clock;

    /**
     * Validates the answers against the current questionnaire (every problem at once), scores the traits and creates
     * or replaces the user's profile. Invalid answers change nothing.
     */
    public PersonalityProfile save(UUID userPublicId, PersonalityAnswers answers) {
        List<FieldError> errors = PersonalityValidator.validate(questionnaire, answers);
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        // The row lock serialises two first saves of one user, which would otherwise both insert.
        User user = users.requireLocked(userPublicId);
        PersonalityProfile profile = em.find(PersonalityProfile.class, user.getId());
        boolean isNew = profile == null;
        if (isNew) {
            profile = new PersonalityProfile(user.getId());
        }
        Set<SessionType> sessionTypes = EnumSet.noneOf(SessionType.class);
        answers.sessionTypes().forEach(code -> sessionTypes.add(SessionType.fromCode(code)));
        profile.answer(questionnaire.version(), inItemOrder(answers.answers()),
                TraitScoring.score(questionnaire, answers.answers()), new TreeSet<>(answers.interests()),
                CommunicationStyle.fromCode(answers.communicationStyle()), new TreeSet<>(answers.languages()),
                sessionTypes, answers.availability().stream().map(Slot::toWeeklySlot).toList(),
                ZoneId.of(answers.timeZone()), clock.instant());
        if (isNew) {
            em.persist(profile);
        }
        em.flush();
        saved.fire(new PersonalityProfileSaved(user.getId()));
        return profile;
    }

    /** The user's profile, if they have answered the questionnaire. */
    public Optional<PersonalityProfile> find(UUID userPublicId) {
        return users.findByPublicId(userPublicId)
                .map(user -> em.find(PersonalityProfile.class, user.getId()));
    }

    private Map<String, Integer> inItemOrder(Map<String, Integer> answers) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        questionnaire.items().forEach(item -> ordered.put(item.id(), answers.get(item.id())));
        return ordered;
    }
}
