package io.humanlink.matching;

import java.util.List;

/**
 * What GET /matches shows a person: their current match, their ranked open proposals, and — for Friends — the
 * people currently matched with them.
 */
public record MatchOverview(Match current, List<Match> proposals, List<Match> asFriend) {
}
