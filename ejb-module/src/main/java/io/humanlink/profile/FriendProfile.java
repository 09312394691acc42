package io.humanlink.profile;

import io.humanlink.identity.User;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a Friend offers: languages, interests, session types, price tier, whether new people may match with them and
 * how many sessions a day they take; plus their weekly availability (in their own time zone) and the aggregate of
 * the ratings they received (for the Bayesian average matching uses). One per Friend, keyed by the account.
 */
@Entity
@Table(name = "friend_profiles")
public class FriendProfile {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(nullable = false)
    private String bio;

    @Column(nullable = false)
    private String languages;

    @Column(nullable = false)
    private String interests;

    @Column(name = "session_types", nullable = false)
    private String sessionTypes;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_tier", nullable = false)
    private PriceTier priceTier;

    @Column(name = "accepting_new", nullable = false)
    private boolean acceptingNew;

    @Column(name = "max_sessions_per_day", nullable = false)
    private int maxSessionsPerDay;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "rating_count", nullable = false)
    private int ratingCount;

    @Column(name = "rating_sum", nullable = false)
    private int ratingSum;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "friend", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AvailabilityRule> rules = new ArrayList<>();

    @OneToMany(mappedBy = "friend", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("onDate, startTime")
    private List<AvailabilityException> exceptions = new ArrayList<>();

    @Version
    private long version;

    protected FriendProfile() {
    }

    public FriendProfile(User user, Instant now) {
        this.user = user;
        this.bio = "";
        this.languages = "";
        this.interests = "";
        this.sessionTypes = "";
        this.priceTier = PriceTier.STANDARD;
        this.acceptingNew = false;
        this.maxSessionsPerDay = 4;
        this.timeZone = user.getTimeZone();
        this.updatedAt = now;
    }

    public void describe(String bio, Set<String> languages, Set<String> interests, Set<SessionType> sessionTypes,
                         PriceTier priceTier, boolean acceptingNew, int maxSessionsPerDay, Instant now) {
        this.bio = bio;
        this.languages = Codes.join(languages);
        this.interests = Codes.join(interests);
        this.sessionTypes = Codes.join(sessionTypes.stream().map(SessionType::code).toList());
        this.priceTier = priceTier;
        this.acceptingNew = acceptingNew;
        this.maxSessionsPerDay = maxSessionsPerDay;
        this.updatedAt = now;
    }

    /** Replaces the weekly rules and dated exceptions at once; times are in {@code zone}. */
    public void replaceAvailability(ZoneId zone, Collection<WeeklySlot> weekly,
                                    Collection<AvailabilityException.Spec> dated, Instant now) {
        timeZone = zone.getId();
        rules.clear();
        weekly.forEach(slot -> rules.add(new AvailabilityRule(this, slot)));
        exceptions.clear();
        dated.forEach(spec -> exceptions.add(new AvailabilityException(this, spec)));
        updatedAt = now;
    }

    /** A user rated a session with this Friend (1–5): the aggregate matching's Bayesian average reads. */
    public void addRating(int rating, Instant now) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1..5");
        }
        ratingCount++;
        ratingSum += rating;
        updatedAt = now;
    }

    public User getUser() {
        return user;
    }

    public String getBio() {
        return bio;
    }

    public Set<String> getLanguages() {
        return Codes.split(languages);
    }

    public Set<String> getInterests() {
        return Codes.split(interests);
    }

    public Set<SessionType> getSessionTypes() {
        return Codes.split(sessionTypes).stream().map(SessionType::fromCode).collect(Collectors.toSet());
    }

    public PriceTier getPriceTier() {
        return priceTier;
    }

    public boolean isAcceptingNew() {
        return acceptingNew;
    }

    public int getMaxSessionsPerDay() {
        return maxSessionsPerDay;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public int getRatingCount() {
        return ratingCount;
    }

    public int getRatingSum() {
        return ratingSum;
    }

    public List<WeeklySlot> getWeeklyAvailability() {
        // Days are stored by name, so the calendar order is restored here rather than by the database.
        return rules.stream().map(AvailabilityRule::slot)
                .sorted(Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::from)).toList();
    }

    public List<AvailabilityException> getExceptions() {
        return List.copyOf(exceptions);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
