package io.humanlink.batch.matching;

import io.humanlink.matching.CommunicationStyle;
import io.humanlink.matching.FriendPool;
import io.humanlink.matching.MatchFacts;
import io.humanlink.matching.MatchingEngine;
import io.humanlink.matching.Seeker;
import io.humanlink.matching.TraitScores;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A matching engine over an in-memory set of seeker ids, recording what the artifacts asked of it. */
final class FakeMatchingEngine extends MatchingEngine {

    final TreeSet<Long> seekerIds = new TreeSet<>();
    final List<Instant> poolReferences = new ArrayList<>();
    final List<Instant> seekerReferences = new ArrayList<>();
    int seekerQueries;

    FakeMatchingEngine(long... ids) {
        for (long id : ids) {
            seekerIds.add(id);
        }
    }

    @Override
    public FriendPool loadFriendPool(Instant reference) {
        poolReferences.add(reference);
        return FriendPool.of(List.of(), reference);
    }

    @Override
    public long[] seekerIdBounds() {
        return seekerIds.isEmpty() ? null : new long[] {seekerIds.first(), seekerIds.last()};
    }

    @Override
    public List<Seeker> loadSeekers(long afterId, long upToId, int limit, Instant reference) {
        seekerQueries++;
        seekerReferences.add(reference);
        return seekerIds.subSet(afterId, false, upToId, true).stream().limit(limit).map(FakeMatchingEngine::seeker)
                .toList();
    }

    static Seeker seeker(long id) {
        return new Seeker(MatchFacts.of(id, "Seeker " + id, ZoneOffset.UTC, 1, 1, 1, CommunicationStyle.BALANCED,
                new TraitScores(0.5, 0.5, 0.5, 0.5, 0.5), true, new long[6], 0, 0, false, 0), Set.of());
    }
}
