package io.humanlink.profile;

/** Optional filters of the Friend directory; null means "any". */
public record FriendBrowseFilter(String language, String interest, SessionType type) {
}
