package kz.bagalau.org;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A position («лауазым» / «должность») in a unit, with its corps "B" category. */
@Entity
@Table(name = "staff_position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private OrgUnit unit;

    private String titleKk;
    private String titleRu;

    @Enumerated(EnumType.STRING)
    private CorpsBCategory category;

    /** Heads a unit or the body: evaluated on KPIs in KZ-2023 (003 §21), managerial form where the law says so. */
    private boolean manager;

    /** The head of apparatus («аппарат басшысы» / «руководитель аппарата»), category E-2 (004 §3.3). */
    private boolean headOfApparatus;

    protected Position() {
    }

    Position(OrgUnit unit, String titleKk, String titleRu, CorpsBCategory category, boolean manager,
             boolean headOfApparatus) {
        this.unit = unit;
        this.titleKk = titleKk;
        this.titleRu = titleRu;
        this.category = category;
        this.manager = manager;
        this.headOfApparatus = headOfApparatus;
    }

    public Long getId() { return id; }
    public OrgUnit getUnit() { return unit; }
    public String getTitleKk() { return titleKk; }
    public String getTitleRu() { return titleRu; }
    public CorpsBCategory getCategory() { return category; }
    public boolean isManager() { return manager; }
    public boolean isHeadOfApparatus() { return headOfApparatus; }
}
