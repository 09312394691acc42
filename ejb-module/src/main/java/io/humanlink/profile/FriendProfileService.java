package io.humanlink.profile;

import io.humanlink.identity.Role;
import io.humanlink.identity.TimeZones;
import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.identity.UserStatus;
import io.humanlink.matching.QuestionnaireDefinition;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.platform.Page;
import io.humanlink.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Friends describe what they offer and when they are free; members browse approved Friends who accept new people.
 * Only an account with the FRIEND role has a Friend profile, and only its owner changes it.
 */
@ApplicationScoped
@Transactional
public class FriendProfileService {

    public static final int MAX_BIO = 2000;

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    QuestionnaireDefinition questionnaire;

    @Inject
    Clock clock;

    public FriendProfile describe(UUID friendId, FriendProfileChanges changes) {
        List<FieldError> errors = new ArrayList<>();
        if (changes.bio() == null || changes.bio().isBlank() || changes.bio().length() > MAX_BIO) {
            errors.add(new FieldError("bio", "must be 1 to " + MAX_BIO + " characters"));
        }
        Set<String> languages = codes(changes.languages(), "languages", questionnaire::isLanguage, 1, 10, errors);
        Set<String> interests = codes(changes.interests(), "interests", questionnaire::isInterest, 1, 10, errors);
        Set<String> typeCodes = codes(changes.sessionTypes(), "sessionTypes", SessionType::isCode, 1, 3, errors);
        PriceTier tier = priceTier(changes.priceTier(), errors);
        if (changes.maxSessionsPerDay() < 1 || changes.maxSessionsPerDay() > 24) {
            errors.add(new FieldError("maxSessionsPerDay", "must be between 1 and 24"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        FriendProfile profile = ownProfile(friendId);
        profile.describe(changes.bio().strip(), languages, interests,
                typeCodes.stream().map(SessionType::fromCode).collect(java.util.stream.Collectors.toSet()), tier,
                changes.acceptingNew(), changes.maxSessionsPerDay(), clock.instant());
        return profile;
    }

    public FriendProfile setAvailability(UUID friendId, AvailabilityChanges changes) {
        List<FieldError> errors = new ArrayList<>();
        if (changes.timeZone() != null && !TimeZones.isValid(changes.timeZone())) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin"));
        }
        List<WeeklySlot> weekly = AvailabilityParser.weekly(changes.weekly(), "weekly", errors);
        List<AvailabilityException.Spec> dated = AvailabilityParser.exceptions(changes.exceptions(), "exceptions",
                errors);
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        FriendProfile profile = ownProfile(friendId);
        ZoneId zone = changes.timeZone() == null ? profile.getTimeZone() : ZoneId.of(changes.timeZone());
        profile.replaceAvailability(zone, weekly, dated, clock.instant());
        return profile;
    }

    /** The caller's own profile (empty until first described). */
    public FriendProfile own(UUID friendId) {
        return ownProfile(friendId);
    }

    /** A Friend as members see them; 404 unless approved, active and described. */
    public FriendProfile publicProfile(UUID friendId) {
        User user = users.findByPublicId(friendId).orElse(null);
        FriendProfile profile = user == null ? null : em.find(FriendProfile.class, user.getId());
        if (profile == null || user.getStatus() != UserStatus.ACTIVE || !user.getRoles().contains(Role.FRIEND)
                || profile.getBio().isEmpty()) {
            throw DomainException.notFound("Friend " + friendId);
        }
        return profile;
    }

    /** Approved, active Friends accepting new people, newest first, optionally filtered. */
    public <T> Page<T> browse(FriendBrowseFilter filter, PageRequest page, Function<FriendProfile, T> view) {
        StringBuilder jpql = new StringBuilder("select f from FriendProfile f join f.user u where f.acceptingNew = true"
                + " and u.status = io.humanlink.identity.UserStatus.ACTIVE"
                + " and io.humanlink.identity.Role.FRIEND member of u.roles and f.bio <> ''");
        if (filter.language() != null) {
            jpql.append(" and concat(',', f.languages, ',') like :language");
        }
        if (filter.interest() != null) {
            jpql.append(" and concat(',', f.interests, ',') like :interest");
        }
        if (filter.type() != null) {
            jpql.append(" and concat(',', f.sessionTypes, ',') like :type");
        }
        if (page.afterId() != null) {
            jpql.append(" and f.userId < :after");
        }
        jpql.append(" order by f.userId desc");
        TypedQuery<FriendProfile> query = em.createQuery(jpql.toString(), FriendProfile.class);
        if (filter.language() != null) {
            query.setParameter("language", "%," + filter.language() + ",%");
        }
        if (filter.interest() != null) {
            query.setParameter("interest", "%," + filter.interest() + ",%");
        }
        if (filter.type() != null) {
            query.setParameter("type", "%," + filter.type().code() + ",%");
        }
        if (page.afterId() != null) {
            query.setParameter("after", page.afterId());
        }
        return Page.fromOverfetch(query.setMaxResults(page.limit() + 1).getResultList(), page,
                f -> f.getUser().getId(), view);
    }

    /** Checks browse filters against the vocabularies, so a typo is a 400 rather than an empty page. */
    public FriendBrowseFilter filter(String language, String interest, String type) {
        List<FieldError> errors = new ArrayList<>();
        String lang = blankToNull(language);
        String topic = blankToNull(interest);
        String kind = blankToNull(type);
        if (lang != null && !questionnaire.isLanguage(lang)) {
            errors.add(new FieldError("language", "is not a language code of the questionnaire"));
        }
        if (topic != null && !questionnaire.isInterest(topic)) {
            errors.add(new FieldError("interest", "is not an interest of the questionnaire"));
        }
        if (kind != null && !SessionType.isCode(kind)) {
            errors.add(new FieldError("type", "must be text, voice or video"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        return new FriendBrowseFilter(lang, topic, kind == null ? null : SessionType.fromCode(kind));
    }

    private FriendProfile ownProfile(UUID friendId) {
        User user = users.require(friendId);
        if (!user.getRoles().contains(Role.FRIEND)) {
            throw DomainException.forbidden("Only approved Friends have a Friend profile.");
        }
        FriendProfile profile = em.find(FriendProfile.class, user.getId());
        if (profile == null) {
            profile = new FriendProfile(user, clock.instant());
            em.persist(profile);
        }
        return profile;
    }

    private static Set<String> codes(List<String> given, String field, Predicate<String> known, int min, int max,
                                     List<FieldError> errors) {
        Set<String> codes = new LinkedHashSet<>();
        if (given == null || given.size() < min || given.size() > max) {
            errors.add(new FieldError(field, "must have " + min + " to " + max + " entries"));
            return codes;
        }
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? null : given.get(i).strip().toLowerCase(Locale.ROOT);
            if (code == null || !known.test(code)) {
                errors.add(new FieldError(field + "[" + i + "]", "is not a known code"));
            } else if (!codes.add(code)) {
                errors.add(new FieldError(field + "[" + i + "]", "is listed twice"));
            }
        }
        return codes;
    }

    private static PriceTier priceTier(String value, List<FieldError> errors) {
        try {
            return value == null ? PriceTier.STANDARD : PriceTier.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("priceTier", "must be STANDARD or PREMIUM"));
            return PriceTier.STANDARD;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
