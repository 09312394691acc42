package io.humanlink.batch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.matching.FriendPool;
import io.humanlink.matching.Seeker;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeekerReaderTest {

    private final FakeMatchingEngine engine = new FakeMatchingEngine(3, 5, 8, 13, 21, 34, 55, 89);
    private final BatchContexts.Step step = new BatchContexts.Step();
    private final RunFriendPools pools = new RunFriendPools();

    {
        pools.engine = engine;
    }

    @Test
    void readsItsRangeInIdOrderPageByPage() {
        SeekerReader reader = reader("4", "55", "2");

        reader.open(null);

        assertThat(readAll(reader)).containsExactly(5L, 8L, 13L, 21L, 34L, 55L);
        assertThat(engine.seekerQueries).isEqualTo(4);
    }

    @Test
    void checkpointIsTheLastSeekerHandedOutAndARestartContinuesAfterIt() throws Exception {
        SeekerReader first = reader("0", Long.toString(Long.MAX_VALUE), "3");
        first.open(null);
        first.readItem();
        first.readItem();
        Serializable checkpoint = first.checkpointInfo();

        SeekerReader restarted = reader("0", Long.toString(Long.MAX_VALUE), "3");
        restarted.open(checkpoint);

        assertThat(checkpoint).isEqualTo(5L);
        assertThat(readAll(restarted)).containsExactly(8L, 13L, 21L, 34L, 55L, 89L);
    }

    @Test
    void beforeTheFirstItemTheCheckpointIsTheRangeStart() {
        SeekerReader reader = reader("10", "40", "5");

        reader.open(null);

        assertThat(reader.checkpointInfo()).isEqualTo(10L);
        assertThat(readAll(reader)).containsExactly(13L, 21L, 34L);
        assertThat(reader.checkpointInfo()).isEqualTo(34L);
    }

    @Test
    void reopeningAfterARolledBackChunkRereadsFromTheCheckpoint() throws Exception {
        SeekerReader reader = reader("0", "100", "4");
        reader.open(null);
        reader.readItem();
        Serializable committed = reader.checkpointInfo();
        reader.readItem();
        reader.readItem();

        reader.open(committed);

        assertThat(readAll(reader)).containsExactly(5L, 8L, 13L, 21L, 34L, 55L, 89L);
    }

    @Test
    void friendPoolIsLoadedOnceForTheRunDateAtMidnightUtc() {
        SeekerReader reader = reader("0", "100", "4");

        reader.open(null);
        reader.open(3L);
        readAll(reader);

        Instant midnight = Instant.parse("2026-03-04T00:00:00Z");
        assertThat(engine.poolReferences).containsExactly(midnight);
        assertThat(step.getTransientUserData()).isInstanceOf(FriendPool.class);
        assertThat(engine.seekerReferences).containsOnly(midnight);
    }

    @Test
    void thePartitionsOfARunShareOnePoolAndARestartLoadsItsOwn() {
        SeekerReader first = reader("0", "40", "4");
        SeekerReader second = reader("40", "100", "4");
        first.executionIdProperty = "12";
        second.executionIdProperty = "12";

        first.open(null);
        FriendPool shared = (FriendPool) step.getTransientUserData();
        step.setTransientUserData(null);  // each partition has a step context of its own
        second.open(null);

        assertThat(step.getTransientUserData()).isSameAs(shared);
        assertThat(engine.poolReferences).hasSize(1);

        SeekerReader restarted = reader("0", "40", "4");
        restarted.executionIdProperty = "13";
        step.setTransientUserData(null);
        restarted.open(null);

        assertThat(step.getTransientUserData()).isNotSameAs(shared);
        assertThat(engine.poolReferences).hasSize(2);
    }

    @Test
    void emptyRangeReadsNothing() {
        SeekerReader reader = reader("0", "0", "200");

        reader.open(null);

        assertThat(reader.readItem()).isNull();
    }

    private SeekerReader reader(String afterId, String upToId, String pageSize) {
        SeekerReader reader = new SeekerReader();
        reader.engine = engine;
        reader.pools = pools;
        reader.stepContext = step;
        reader.jobContext = new BatchContexts.Job(7);
        reader.clock = Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC);
        reader.afterIdProperty = afterId;
        reader.upToIdProperty = upToId;
        reader.runDateProperty = "2026-03-04";
        reader.pageSizeProperty = pageSize;
        return reader;
    }

    private static List<Long> readAll(SeekerReader reader) {
        List<Long> ids = new ArrayList<>();
        for (Object item = reader.readItem(); item != null; item = reader.readItem()) {
            ids.add(((Seeker) item).userId());
        }
        return ids;
    }
}
