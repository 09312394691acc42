package io.humanlink.sessions;

import io.humanlink.identity.User;
import io.humanlink.profile.FriendProfile;
import io.humanlink.profile.SessionType;

/** What someone is trying to book, as the billing-facing {@link BookingEntitlements} sees it. */
public record BookingAttempt(User user, FriendProfile friend, SessionType type, TimeWindow slot) {
}
