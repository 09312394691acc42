package io.humanlink.web.api.matching;

import io.humanlink.matching.MatchOverview;
import java.util.List;

/** GET /matches: the current match, ranked proposals, and (for Friends) who is matched with them. */
public record MatchOverviewResponse(MatchResponse current, List<MatchResponse> proposals,
                                    List<MatchedUserResponse> matchedWithMe) {

    static MatchOverviewResponse of(MatchOverview overview) {
        return new MatchOverviewResponse(overview.current() == null ? null : MatchResponse.of(overview.current()),
                overview.proposals().stream().map(MatchResponse::of).toList(),
                overview.asFriend().stream().map(MatchedUserResponse::of).toList());
    }
}
