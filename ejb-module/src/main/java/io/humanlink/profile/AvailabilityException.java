package io.humanlink.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A dated change to a Friend's weekly availability: a day (or part of it) off, or extra time on a date. Without
 * times it covers the whole date.
 */
@Entity
@Table(name = "availability_exceptions")
public class AvailabilityException {

    /** What a client asks for; {@code from}/{@code to} both null means the whole day. */
    public record Spec(LocalDate date, LocalTime from, LocalTime to, boolean available) {
    }

    @Id
    @SequenceGenerator(name = "availability_exceptions_seq", sequenceName = "availability_exceptions_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_exceptions_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "friend_id")
    private FriendProfile friend;

    @Column(name = "on_date", nullable = false)
    private LocalDate onDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Column(nullable = false)
    private boolean available;

    protected AvailabilityException() {
    }

    AvailabilityException(FriendProfile friend, Spec spec) {
        this.friend = friend;
        this.onDate = spec.date();
        this.startTime = spec.from();
        this.endTime = spec.to();
        this.available = spec.available();
    }

    public Spec spec() {
        return new Spec(onDate, startTime, endTime, available);
    }
}
