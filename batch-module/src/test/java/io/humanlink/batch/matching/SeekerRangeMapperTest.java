package io.humanlink.batch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.api.partition.PartitionPlan;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SeekerRangeMapperTest {

    private final BatchContexts.Step step = new BatchContexts.Step();

    @Test
    void splitsTheSeekerIdsAndOpensTheLastRange() {
        PartitionPlan plan = mapper(new FakeMatchingEngine(1, 4, 10), "2", 77).mapPartitions();

        assertThat(plan.getPartitions()).isEqualTo(2);
        assertThat(plan.getThreads()).isEqualTo(2);
        assertThat(plan.getPartitionsOverride()).isFalse();
        assertThat(range(plan.getPartitionProperties()[0])).containsExactly("0", "5");
        assertThat(range(plan.getPartitionProperties()[1])).containsExactly("5", Long.toString(Long.MAX_VALUE));
        assertThat(plan.getPartitionProperties()).allSatisfy(p ->
                assertThat(p.getProperty("executionId")).isEqualTo("77"));
        assertThat(plan.getPartitionProperties()[1].getProperty("partition")).isEqualTo("1");
    }

    @Test
    void aRestartReusesThePlanOfThePreviousExecution() {
        mapper(new FakeMatchingEngine(1, 4, 10), "2", 77).mapPartitions();
        Object persisted = step.getPersistentUserData();

        PartitionPlan restarted = mapper(new FakeMatchingEngine(1, 4, 10, 500, 9_000), "5", 78).mapPartitions();

        assertThat(persisted).isEqualTo("0,5,10");
        assertThat(restarted.getPartitions()).isEqualTo(2);
        assertThat(range(restarted.getPartitionProperties()[0])).containsExactly("0", "5");
        assertThat(restarted.getPartitionProperties()[0].getProperty("executionId")).isEqualTo("78");
    }

    @Test
    void nobodyAnsweredGivesOneEmptyPartition() {
        PartitionPlan plan = mapper(new FakeMatchingEngine(), "", 5).mapPartitions();

        assertThat(plan.getPartitions()).isEqualTo(1);
        assertThat(range(plan.getPartitionProperties()[0])).containsExactly("0", Long.toString(Long.MAX_VALUE));
    }

    @Test
    void defaultsToEightPartitionsOnAtMostOneThreadPerCore() {
        PartitionPlan plan = mapper(new FakeMatchingEngine(1, 100), null, 5).mapPartitions();

        assertThat(plan.getPartitions()).isEqualTo(8);
        assertThat(plan.getThreads()).isEqualTo(Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    private SeekerRangeMapper mapper(FakeMatchingEngine engine, String partitions, long executionId) {
        SeekerRangeMapper mapper = new SeekerRangeMapper();
        mapper.engine = engine;
        mapper.jobContext = new BatchContexts.Job(executionId);
        mapper.stepContext = step;
        mapper.partitionsProperty = partitions;
        return mapper;
    }

    private static String[] range(Properties properties) {
        return Arrays.asList(properties.getProperty("afterId"), properties.getProperty("upToId"))
                .toArray(String[]::new);
    }
}
