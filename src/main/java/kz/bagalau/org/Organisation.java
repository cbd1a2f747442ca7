package kz.bagalau.org;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import org.hibernate.annotations.NaturalId;

/**
 * A state body («мемлекеттік орган» / «государственный орган») that evaluates its corps "B" servants
 * under the methodology edition it adopted.
 */
@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Short latin code used in business keys and group ids, e.g. {@code mangistau}. */
    @NaturalId // looked up by code in one transaction: answered from the persistence context
    @Column(nullable = false, unique = true)
    private String code;

    private String nameKk;
    private String nameRu;
    private String timeZone = "Asia/Almaty";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "first_head_id")
    private Servant firstHead;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "authorized_person_id")
    private Servant authorizedPerson;

    private boolean appealAllowed = true;

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<EditionAdoption> editions = new ArrayList<>();

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String code, String nameKk, String nameRu, String timeZone) {
        this.code = code;
        this.nameKk = nameKk;
        this.nameRu = nameRu;
        this.timeZone = timeZone == null ? "Asia/Almaty" : ZoneId.of(timeZone).getId();
    }

    /**
     * The edition in force on a date: the latest adoption whose effective date is not after it.
     * The single place where "which methodology applies" is decided.
     */
    public Optional<Edition> editionOn(LocalDate date) {
        return editions.stream()
                .filter(a -> !a.getEffectiveFrom().isAfter(date))
                .max(Comparator.comparing(EditionAdoption::getEffectiveFrom))
                .map(EditionAdoption::getEdition);
    }

    void adopt(Edition edition, LocalDate effectiveFrom, String act) {
        editions.removeIf(a -> a.getEffectiveFrom().equals(effectiveFrom));
        editions.add(new EditionAdoption(this, edition, effectiveFrom, act));
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameKk() { return nameKk; }
    public String getNameRu() { return nameRu; }
    public ZoneId getZone() { return ZoneId.of(timeZone); }
    public Servant getFirstHead() { return firstHead; }
    public Servant getAuthorizedPerson() { return authorizedPerson; }
    public boolean isAppealAllowed() { return appealAllowed; }
    public List<EditionAdoption> getEditions() { return List.copyOf(editions); }

    void setFirstHead(Servant firstHead) { this.firstHead = firstHead; }
    void setAuthorizedPerson(Servant authorizedPerson) { this.authorizedPerson = authorizedPerson; }
    void setAppealAllowed(boolean appealAllowed) { this.appealAllowed = appealAllowed; }
}
