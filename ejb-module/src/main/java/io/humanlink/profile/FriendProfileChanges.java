package io.humanlink.profile;

import java.util.List;

/** A Friend's whole profile as they submit it (PUT semantics). */
public record FriendProfileChanges(String bio, List<String> languages, List<String> interests,
                                   List<String> sessionTypes, String priceTier, boolean acceptingNew,
                                   int maxSessionsPerDay) {
}
