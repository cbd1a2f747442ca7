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

/** A disciplinary sanction imposed on a date; in KZ-2025 one imposed in the quarter caps the score. */
@Entity
public class DisciplinarySanction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Servant servant;

    @Enumerated(EnumType.STRING)
    private SanctionType type;

    private LocalDate imposedOn;
    private LocalDate liftedOn;

    protected DisciplinarySanction() {
    }

    DisciplinarySanction(Servant servant, SanctionType type, LocalDate imposedOn) {
        this.servant = servant;
        this.type = type;
        this.imposedOn = imposedOn;
    }

    public SanctionType getType() { return type; }
    public LocalDate getImposedOn() { return imposedOn; }
    public LocalDate getLiftedOn() { return liftedOn; }
}
