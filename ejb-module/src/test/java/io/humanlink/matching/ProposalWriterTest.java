package io.humanlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProposalWriterTest {

    @Test
    void theSameFriendsInAnotherOrderAreTheSameSet() {
        assertThat(ProposalWriter.sameFriends(new long[] {3, 1, 2}, new long[] {1, 2, 3})).isTrue();
        assertThat(ProposalWriter.sameFriends(new long[0], new long[0])).isTrue();
    }

    @Test
    void anotherFriendOrOneMoreIsAnotherSet() {
        assertThat(ProposalWriter.sameFriends(new long[] {1, 2, 3}, new long[] {1, 2, 4})).isFalse();
        assertThat(ProposalWriter.sameFriends(new long[] {1, 2}, new long[] {1, 2, 3})).isFalse();
        assertThat(ProposalWriter.sameFriends(new long[] {1, 1, 2}, new long[] {1, 2, 2})).isFalse();
    }
}
