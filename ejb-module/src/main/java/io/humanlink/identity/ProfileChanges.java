package io.humanlink.identity;

/** A partial update of one's own profile: null fields stay as they are. */
public record ProfileChanges(String displayName, String timeZone, String locale, String bio) {
}
