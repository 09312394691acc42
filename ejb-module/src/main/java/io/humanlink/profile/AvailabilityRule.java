package io.humanlink.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly window of a Friend's availability, in the Friend's time zone. */
@Entity
@Table(name = "availability_rules")
public class AvailabilityRule {

    @Id
    @SequenceGenerator(name = "availability_rules_seq", sequenceName = "availability_rules_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_rules_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "friend_id")
    private FriendProfile friend;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    protected AvailabilityRule() {
    }

    AvailabilityRule(FriendProfile friend, WeeklySlot slot) {
        this.friend = friend;
        this.day = slot.day();
        this.startTime = slot.from();
        // The column cannot hold 24:00; a slot to midnight is stored as 23:59:59.999999 and read back as midnight.
        this.endTime = slot.to().equals(LocalTime.MIDNIGHT) ? LocalTime.MAX.withNano(999_999_000) : slot.to();
    }

    WeeklySlot slot() {
        LocalTime to = endTime.getHour() == 23 && endTime.getMinute() == 59 && endTime.getSecond() == 59
                ? LocalTime.MIDNIGHT : endTime;
        return new WeeklySlot(day, startTime, to);
    }
}
