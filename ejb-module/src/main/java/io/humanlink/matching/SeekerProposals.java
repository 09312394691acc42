package io.humanlink.matching;

import java.util.List;

/** The whole new list of proposals for one seeker (replaces their open proposals). */
public record SeekerProposals(long userId, List<Proposal> proposals) {
}
