package io.humanlink.sessions;

import static io.humanlink.sessions.SessionTestData.BOOKED_AT;
import static io.humanlink.sessions.SessionTestData.BUFFER;
import static io.humanlink.sessions.SessionTestData.START;
import static io.humanlink.sessions.SessionTestData.field;
import static io.humanlink.sessions.SessionTestData.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humanlink.identity.User;
import io.humanlink.profile.SessionType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChatSessionTest {

    private static final Instant END = START.plus(Duration.ofMinutes(45));
    private static final Instant LATER = START.plus(Duration.ofDays(1));

    private final User ana = user(1, "Ana");
    private final User ben = user(2, "Ben");
    private final ChatSession session = SessionTestData.session(ana, ben, SessionType.VIDEO, 45);

    @Test
    void aNewSessionIsScheduledAndHoldsTheFriendsBufferAfterItsEnd() {
        assertThat(session.getStatus()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.slot()).isEqualTo(new TimeWindow(START, END));
        assertThat(session.getDurationMinutes()).isEqualTo(45);
        assertThat(field(ChatSession.class, session, "busyUntil")).isEqualTo(END.plus(BUFFER));
        assertThat(session.getUserTimeZone()).isEqualTo("Europe/Berlin");
        assertThat(session.getFriendTimeZone()).isEqualTo("America/New_York");
        assertThat(session.getRescheduleCount()).isZero();
        assertThat(session.getActualStartedAt()).isNull();
    }

    @Test
    void nobodyCanBookThemselves() {
        assertThatThrownBy(() -> SessionTestData.session(ana, ana, SessionType.TEXT, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachParticipantIsOnTheirSideAndAStrangerOnNone() {
        assertThat(session.partyOf(1)).contains(Party.USER);
        assertThat(session.partyOf(2)).contains(Party.FRIEND);
        assertThat(session.partyOf(3)).isEmpty();
        assertThat(session.participant(Party.USER)).isEqualTo(ana);
        assertThat(session.participant(Party.FRIEND)).isEqualTo(ben);
    }

    @Test
    void reschedulingMovesTheTimeAndTheBufferAndCountsTheMove() {
        Instant newStart = START.plus(Duration.ofDays(2));

        session.reschedule(new TimeWindow(newStart, newStart.plus(Duration.ofMinutes(60))), BUFFER, BOOKED_AT);

        assertThat(session.slot()).isEqualTo(new TimeWindow(newStart, newStart.plus(Duration.ofMinutes(60))));
        assertThat(session.getDurationMinutes()).isEqualTo(60);
        assertThat(field(ChatSession.class, session, "busyUntil"))
                .isEqualTo(newStart.plus(Duration.ofMinutes(60)).plus(BUFFER));
        assertThat(session.getRescheduleCount()).isEqualTo(1);
    }

    @Test
    void cancellingRecordsWhoWhyWhenAndWhetherItWasLate() {
        session.cancel(Party.FRIEND, "Ill", true, BOOKED_AT);

        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.getCancelledBy()).isEqualTo(Party.FRIEND);
        assertThat(session.getCancelReason()).isEqualTo("Ill");
        assertThat(session.isLateCancellation()).isTrue();
        assertThat(session.getCancelledAt()).isEqualTo(BOOKED_AT);
    }

    @Test
    void aCancelledSessionCannotBeCancelledMovedStartedOrReportedAgain() {
        session.cancel(Party.USER, null, false, BOOKED_AT);

        assertThatThrownBy(() -> session.cancel(Party.USER, null, false, BOOKED_AT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.reschedule(new TimeWindow(LATER, LATER.plusSeconds(1800)), BUFFER,
                BOOKED_AT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.reportNoShow(Party.USER, LATER)).isInstanceOf(IllegalStateException.class);
        session.start(START, START);
        assertThat(session.complete(END, null, END)).isFalse();
        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.getActualStartedAt()).isNull();
    }

    @Test
    void startingMakesItLiveOnceAndKeepsTheFirstStart() {
        session.start(START.minusSeconds(60), START);
        session.start(START.plusSeconds(300), START.plusSeconds(300));

        assertThat(session.getStatus()).isEqualTo(SessionStatus.LIVE);
        assertThat(session.getActualStartedAt()).isEqualTo(START.minusSeconds(60));
    }

    @Test
    void aLiveSessionCannotBeMovedOrCancelled() {
        session.start(START, START);

        assertThatThrownBy(() -> session.reschedule(new TimeWindow(LATER, LATER.plusSeconds(1800)), BUFFER, START))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.cancel(Party.USER, null, true, START))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.closeUnattended(END)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFirstJoinOfEachSideIsRecordedAndStartsTheSession() {
        session.participantJoined(Party.FRIEND, START.plusSeconds(10), START.plusSeconds(10));
        session.participantJoined(Party.FRIEND, START.plusSeconds(99), START.plusSeconds(99));
        session.participantJoined(Party.USER, START.plusSeconds(20), START.plusSeconds(20));

        assertThat(session.getStatus()).isEqualTo(SessionStatus.LIVE);
        assertThat(session.getActualStartedAt()).isEqualTo(START.plusSeconds(10));
        assertThat(session.joinedAt(Party.FRIEND)).isEqualTo(START.plusSeconds(10));
        assertThat(session.joinedAt(Party.USER)).isEqualTo(START.plusSeconds(20));
    }

    @Test
    void completingALiveSessionRecordsItsEndAndTheDurationFromItsStart() {
        session.start(START.plusSeconds(60), START.plusSeconds(60));

        assertThat(session.complete(END, null, END)).isTrue();

        assertThat(session.getStatus()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(session.getActualEndedAt()).isEqualTo(END);
        assertThat(session.getActualDurationSeconds()).isEqualTo(45 * 60 - 60);
    }

    @Test
    void theProvidersDurationWinsAndDatesTheStartWhenNoneWasRecorded() {
        Instant closed = START.plusSeconds(1500);

        assertThat(session.complete(closed, 1200L, closed)).isTrue();

        assertThat(session.getActualDurationSeconds()).isEqualTo(1200);
        assertThat(session.getActualStartedAt()).isEqualTo(closed.minusSeconds(1200));
        assertThat(session.getActualEndedAt()).isEqualTo(closed);
    }

    @Test
    void completingTwiceKeepsTheFirstEnd() {
        session.complete(END, null, END);

        assertThat(session.complete(END.plusSeconds(600), 9999L, END.plusSeconds(600))).isFalse();

        assertThat(session.getActualEndedAt()).isEqualTo(END);
        assertThat(session.getActualDurationSeconds()).isEqualTo(45 * 60);
    }

    @Test
    void aRoomThatClosesBeforeTheStartLeavesTheSessionOpen() {
        session.participantJoined(Party.USER, START.minusSeconds(540), START.minusSeconds(540));

        assertThat(session.complete(START.minusSeconds(200), 340L, START.minusSeconds(200))).isFalse();

        assertThat(session.getStatus()).isEqualTo(SessionStatus.LIVE);
        assertThat(session.getActualEndedAt()).isNull();
        assertThat(session.complete(END, 2700L, END)).isTrue();
        assertThat(session.getStatus()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void aNoShowNamesTheOtherSideAbsentAndTheReporter() {
        session.reportNoShow(Party.FRIEND, START.plusSeconds(900));

        assertThat(session.getStatus()).isEqualTo(SessionStatus.NO_SHOW);
        assertThat(session.getNoShowParty()).isEqualTo("USER");
        assertThat(session.getNoShowReportedBy()).isEqualTo(Party.FRIEND);
    }

    @Test
    void aLiveSessionCanStillBeReportedAsANoShowButACompletedOneCannot() {
        session.start(START, START);
        session.reportNoShow(Party.USER, START.plusSeconds(900));
        assertThat(session.getNoShowParty()).isEqualTo("FRIEND");

        ChatSession completed = SessionTestData.session(ana, ben, SessionType.TEXT, 30);
        completed.complete(START.plusSeconds(1800), null, START.plusSeconds(1800));
        assertThatThrownBy(() -> completed.reportNoShow(Party.USER, START.plusSeconds(1900)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCallNobodyJoinedClosesAsANoShowOfBoth() {
        session.closeUnattended(END.plusSeconds(1800));

        assertThat(session.getStatus()).isEqualTo(SessionStatus.NO_SHOW);
        assertThat(session.getNoShowParty()).isEqualTo("BOTH");
        assertThat(session.getNoShowReportedBy()).isNull();
    }
}
