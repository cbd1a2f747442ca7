package kz.bagalau.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** One year's data as stored: {@link YearAct} plus where it came from and who changed it last. */
@Entity
@Table(name = "calendar_year")
class CalendarYearEntity {

    enum Origin { SHIPPED, ADMIN }

    enum TransferKind { DAY_OFF, WORKING_DAY }

    @Embeddable
    static class Transfer {

        @Column(name = "transfer_date", nullable = false)
        private LocalDate date;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false, length = 16)
        private TransferKind kind;

        protected Transfer() {
        }

        Transfer(LocalDate date, TransferKind kind) {
            this.date = date;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Transfer t && Objects.equals(date, t.date) && kind == t.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(date, kind);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year_number", nullable = false, unique = true)
    private int yearNumber;

    @Column(name = "kurban_ait", nullable = false)
    private LocalDate kurbanAit;

    @Column(name = "act_citation", nullable = false, length = 1000)
    private String act;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16)
    private Origin origin;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_transfer", joinColumns = @JoinColumn(name = "calendar_year_id"))
    private Set<Transfer> transfers = new HashSet<>();

    protected CalendarYearEntity() {
    }

    CalendarYearEntity(int yearNumber) {
        this.yearNumber = yearNumber;
    }

    Origin origin() {
        return origin;
    }

    void update(YearAct act, Origin origin, String by, Instant at) {
        this.kurbanAit = act.kurbanAit();
        this.act = act.act();
        this.origin = origin;
        this.updatedBy = by;
        this.updatedAt = at;
        transfers.clear();
        act.daysOff().forEach(d -> transfers.add(new Transfer(d, TransferKind.DAY_OFF)));
        act.workingDays().forEach(d -> transfers.add(new Transfer(d, TransferKind.WORKING_DAY)));
    }

    YearAct toAct() {
        return YearAct.of(yearNumber, kurbanAit, act,
                transfers.stream().filter(t -> t.kind == TransferKind.DAY_OFF).map(t -> t.date).toList(),
                transfers.stream().filter(t -> t.kind == TransferKind.WORKING_DAY).map(t -> t.date).toList());
    }
}
