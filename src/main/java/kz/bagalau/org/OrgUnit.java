package kz.bagalau.org;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A structural unit («құрылымдық бөлімше» / «структурное подразделение»), a node of the organisation's tree. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    private OrgUnit parent;

    private String nameKk;
    private String nameRu;

    /** The HR service («персоналды басқару қызметі» / «служба управления персоналом»). */
    private boolean hrService;

    protected OrgUnit() {
    }

    OrgUnit(Organisation organisation, OrgUnit parent, String nameKk, String nameRu, boolean hrService) {
        this.organisation = organisation;
        this.parent = parent;
        this.nameKk = nameKk;
        this.nameRu = nameRu;
        this.hrService = hrService;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public OrgUnit getParent() { return parent; }
    public String getNameKk() { return nameKk; }
    public String getNameRu() { return nameRu; }
    public boolean isHrService() { return hrService; }
}
