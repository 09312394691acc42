package io.humanlink.web.api.profile;

import io.humanlink.profile.AvailabilityException;
import io.humanlink.profile.FriendProfile;
import io.humanlink.profile.SessionType;
import io.humanlink.profile.WeeklySlot;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A Friend's profile as members see it (and as the Friend edits it). */
public record FriendProfileResponse(UUID id, String displayName, String bio, Set<String> languages,
                                    Set<String> interests, List<String> sessionTypes, String priceTier,
                                    boolean acceptingNew, int maxSessionsPerDay, String timeZone, Rating rating,
                                    List<Window> weekly, List<Dated> exceptions, Instant updatedAt) {

    public record Rating(double average, int count) {
    }

    public record Window(String day, String from, String to) {
    }

    public record Dated(String date, String from, String to, boolean available) {
    }

    static FriendProfileResponse of(FriendProfile p) {
        int count = p.getRatingCount();
        return new FriendProfileResponse(p.getUser().getPublicId(), p.getUser().getDisplayName(), p.getBio(),
                p.getLanguages(), p.getInterests(),
                p.getSessionTypes().stream().sorted().map(SessionType::code).toList(), p.getPriceTier().name(),
                p.isAcceptingNew(), p.getMaxSessionsPerDay(), p.getTimeZone().getId(),
                new Rating(count == 0 ? 0 : Math.round(10.0 * p.getRatingSum() / count) / 10.0, count),
                p.getWeeklyAvailability().stream().map(FriendProfileResponse::window).toList(),
                p.getExceptions().stream().map(AvailabilityException::spec).map(FriendProfileResponse::dated).toList(),
                p.getUpdatedAt());
    }

    private static Window window(WeeklySlot slot) {
        return new Window(slot.day().name(), slot.from().toString(),
                slot.to().equals(LocalTime.MIDNIGHT) ? "24:00" : slot.to().toString());
    }

    private static Dated dated(AvailabilityException.Spec spec) {
        return new Dated(spec.date().toString(), spec.from() == null ? null : spec.from().toString(),
                spec.to() == null ? null : spec.to().equals(LocalTime.MIDNIGHT) ? "24:00" : spec.to().toString(),
                spec.available());
    }
}
