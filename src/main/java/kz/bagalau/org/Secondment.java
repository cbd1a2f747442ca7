package kz.bagalau.org;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A secondment («іссапарға жіберу» / «командирование») to another body, which evaluates the servant for that time (004 §4). */
@Entity
public class Secondment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Servant servant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation hostOrganisation;

    private LocalDate startsOn;
    private LocalDate endsOn;

    protected Secondment() {
    }

    Secondment(Servant servant, Organisation hostOrganisation, LocalDate startsOn, LocalDate endsOn) {
        this.servant = servant;
        this.hostOrganisation = hostOrganisation;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }

    public Organisation getHostOrganisation() { return hostOrganisation; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
}
