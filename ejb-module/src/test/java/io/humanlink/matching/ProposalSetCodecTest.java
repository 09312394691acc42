package io.humanlink.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProposalSetCodecTest {

    @Test
    void aRankingComesBackInItsOrder() {
        long[] ranking = {7, 9_000_000_000L, 3, 50_001_234};

        String text = ProposalSetCodec.encode(ranking);

        assertThat(text).isEqualTo("3;7;9000000000;3;50001234");
        assertThat(ProposalSetCodec.ranking(text)).containsExactly(ranking);
    }

    @Test
    void noFriendsIsASetOfItsOwn() {
        assertThat(ProposalSetCodec.encode(new long[0])).isEqualTo("3");
        assertThat(ProposalSetCodec.ranking("3")).isEmpty();
    }

    @Test
    void manyFriendsComeBackAll() {
        long[] ranking = new long[25];
        for (int i = 0; i < ranking.length; i++) {
            ranking[i] = 1000 - i;
        }

        assertThat(ProposalSetCodec.ranking(ProposalSetCodec.encode(ranking))).containsExactly(ranking);
    }

    @Test
    void setsWrittenWithTheirNumbersBeforeGiveTheirFriendsInOrder() {
        assertThat(ProposalSetCodec.ranking("2;t=0.35,r=0.2;7,6150,t812:28420,r800:16000;8,4000,r1000:20000"))
                .containsExactly(7, 8);
        assertThat(ProposalSetCodec.ranking("1;7,1000,t:500:0.35:5000;9000000000,900"))
                .containsExactly(7, 9_000_000_000L);
        assertThat(ProposalSetCodec.ranking("2;t=0.35;12")).containsExactly(12);
        assertThat(ProposalSetCodec.ranking("2")).isEmpty();
        assertThat(ProposalSetCodec.ranking("1")).isEmpty();
    }

    @Test
    void unknownVersionsAndBadIdsAreRefused() {
        assertThatThrownBy(() -> ProposalSetCodec.ranking("4;5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> ProposalSetCodec.ranking("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProposalSetCodec.ranking("35")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProposalSetCodec.ranking("3;5;x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad Friend id");
        assertThatThrownBy(() -> ProposalSetCodec.ranking("3;5;;6")).isInstanceOf(IllegalArgumentException.class);
    }
}
