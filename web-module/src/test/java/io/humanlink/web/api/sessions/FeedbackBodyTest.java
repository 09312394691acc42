package io.humanlink.web.api.sessions;

import static io.humanlink.web.api.sessions.BookSessionRequestTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.sessions.FeedbackRequest;
import io.humanlink.sessions.SeeAgain;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeedbackBodyTest {

    @Test
    void aValidBodyBecomesTheRequestWithTheCommentStripped() {
        FeedbackRequest request = new FeedbackBody(new BigDecimal("4"), "  Lovely chat. ", " Prioritise ").toRequest();

        assertThat(request.rating()).isEqualTo(4);
        assertThat(request.comment()).isEqualTo("Lovely chat.");
        assertThat(request.seeAgain()).isEqualTo(SeeAgain.PRIORITISE);
    }

    @Test
    void aBlankCommentIsNoComment() {
        assertThat(new FeedbackBody(BigDecimal.ONE, "   ", "never").toRequest().comment()).isNull();
    }

    @Test
    void ratingsOutsideOneToFiveAndUnknownAnswersAreNamed() {
        assertThat(fields(() -> new FeedbackBody(new BigDecimal("6"), null, "maybe").toRequest()))
                .containsExactlyInAnyOrder("rating", "seeAgain");
        assertThat(fields(() -> new FeedbackBody(BigDecimal.ZERO, null, "sure").toRequest())).containsExactly("rating");
        assertThat(fields(() -> new FeedbackBody(null, null, null).toRequest()))
                .containsExactlyInAnyOrder("rating", "seeAgain");
    }

    @Test
    void aHugeOrFractionalRatingIsRefusedNotWrappedOrTruncated() {
        // 4294967301 is 2^32 + 5: bound to an int it would silently become a five-star rating.
        assertThat(fields(() -> new FeedbackBody(new BigDecimal("4294967301"), null, "sure").toRequest()))
                .containsExactly("rating");
        assertThat(fields(() -> new FeedbackBody(new BigDecimal("4.9"), null, "sure").toRequest()))
                .containsExactly("rating");
    }

    @Test
    void aCommentOverTheLimitIsRefused() {
        assertThat(fields(() -> new FeedbackBody(BigDecimal.TWO, "x".repeat(FeedbackBody.MAX_COMMENT + 1), "sure")
                .toRequest())).containsExactly("comment");
        assertThat(new FeedbackBody(BigDecimal.TWO, "x".repeat(FeedbackBody.MAX_COMMENT), "sure").toRequest()
                .comment()).hasSize(FeedbackBody.MAX_COMMENT);
    }
}
