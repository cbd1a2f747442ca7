package kz.bagalau.org;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A period a servant is away from work, with its reason (000 §4, 003 §5). Both dates inclusive. */
@Entity
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Servant servant;

    @Enumerated(EnumType.STRING)
    private AbsenceReason reason;

    private LocalDate startsOn;
    private LocalDate endsOn;

    protected Absence() {
    }

    Absence(Servant servant, AbsenceReason reason, LocalDate startsOn, LocalDate endsOn) {
        this.servant = servant;
        this.reason = reason;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public AbsenceReason getReason() { return reason; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
}
