package io.humanlink.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlValuesTest {

    @Test
    void numbersBecomeOneArrayLiteral() {
        assertThat(SqlValues.bigintArray(List.of(3L, -1L, 42L))).isEqualTo("{3,-1,42}");
        assertThat(SqlValues.bigintArray(List.of())).isEqualTo("{}");
    }

    @Test
    void stringsAreQuotedWithQuotesAndBackslashesEscaped() {
        assertThat(SqlValues.textArray(List.of("a", "", "NULL", "x,y {z}", "say \"hi\"", "back\\slash")))
                .isEqualTo("{\"a\",\"\",\"NULL\",\"x,y {z}\",\"say \\\"hi\\\"\",\"back\\\\slash\"}");
        assertThat(SqlValues.textArray(List.of())).isEqualTo("{}");
    }
}
