package kz.bagalau.org;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An organisation's decision to run a methodology edition from a date on, with the act that adopted it. */
@Entity
public class EditionAdoption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation organisation;

    private Edition edition;
    private LocalDate effectiveFrom;
    private String act;

    protected EditionAdoption() {
    }

    EditionAdoption(Organisation organisation, Edition edition, LocalDate effectiveFrom, String act) {
        this.organisation = organisation;
        this.edition = edition;
        this.effectiveFrom = effectiveFrom;
        this.act = act;
    }

    public Edition getEdition() { return edition; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public String getAct() { return act; }
}
