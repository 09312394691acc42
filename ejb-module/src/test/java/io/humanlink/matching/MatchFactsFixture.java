package io.humanlink.matching;

import io.humanlink.profile.SessionType;
import io.humanlink.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Builds MatchFacts for scorer tests: sensible defaults, one thing changed per test. */
final class MatchFactsFixture {

    static final Instant REFERENCE = Instant.parse("2026-11-25T00:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final long MUSIC = 1L;
    static final long BOOKS = 1L << 1;
    static final long HIKING = 1L << 2;
    static final long EN = 1L;
    static final long DE = 1L << 1;

    long userId = 1;
    String name = "Ana";
    long interests = MUSIC | BOOKS;
    long languages = EN;
    int types = SessionType.TEXT.bit() | SessionType.VIDEO.bit();
    CommunicationStyle style = CommunicationStyle.BALANCED;
    TraitScores traits = new TraitScores(0.5, 0.5, 0.5, 0.5, 0.5);
    List<WeeklySlot> slots = List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)));
    ZoneId zone = BERLIN;
    int ratingCount;
    int ratingSum;
    boolean accepting = true;
    int active;

    static MatchFactsFixture person(long id) {
        MatchFactsFixture f = new MatchFactsFixture();
        f.userId = id;
        return f;
    }

    MatchFacts build() {
        return MatchFacts.of(userId, name, zone, interests, languages, types, style, traits, true,
                WeekMask.of(slots, zone, REFERENCE), ratingCount, ratingSum, accepting, active);
    }
}
