package io.humanlink.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTwentyFromTheStart() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(20, null));
    }

    @Test
    void cursorRoundTrips() {
        assertThat(PageRequest.of("5", PageRequest.cursorAfter(1234)).afterId()).isEqualTo(1234L);
    }

    @Test
    void limitOutsideRangeOrNotANumberIsAValidationError() {
        for (String bad : List.of("0", "101", "-5", "ten")) {
            assertThatThrownBy(() -> PageRequest.of(bad, null))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("limit");
                    });
        }
    }

    @Test
    void foreignCursorIsAValidationError() {
        assertThatThrownBy(() -> PageRequest.of(null, "not-a-cursor!"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("cursor"));
    }

    @Test
    void overfetchedRowTellsThatAnotherPageExists() {
        PageRequest request = new PageRequest(2, null);

        Page<String> page = Page.fromOverfetch(List.of(30L, 20L, 10L), request, Long::longValue, String::valueOf);

        assertThat(page.items()).containsExactly("30", "20");
        assertThat(PageRequest.of(null, page.nextCursor()).afterId()).isEqualTo(20L);
    }

    @Test
    void lastPageHasNoCursor() {
        Page<String> page = Page.fromOverfetch(List.of(30L), new PageRequest(2, null), Long::longValue,
                String::valueOf);

        assertThat(page.nextCursor()).isNull();
    }
}
