package kz.bagalau.org;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * An administrative civil servant of corps "B" («"Б" корпусының мемлекеттік әкімшілік қызметшісі» /
 * «административный государственный служащий корпуса "Б"»), also a Camunda user whose id is {@link #getLogin()}.
 */
@Entity
public class Servant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation organisation;

    // a natural id: lookups by login in one transaction are answered from the persistence context
    @NaturalId
    @Column(nullable = false, unique = true)
    private String login;

    private String fullNameKk;
    private String fullNameRu;
    private String iin;
    private String email;
    private String preferredLanguage = "ru";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "position_id")
    private Position position;

    /** The direct supervisor («тікелей басшы» / «непосредственный руководитель»). */
    @ManyToOne(fetch = FetchType.LAZY)
    private Servant directSupervisor;

    /** Who replaces this servant as an evaluator while they are absent (004 §4). */
    @ManyToOne(fetch = FetchType.LAZY)
    private Servant deputy;

    private LocalDate appointedOn;
    private LocalDate probationEndsOn;
    private LocalDate dismissedOn;

    @OneToMany(mappedBy = "servant", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Absence> absences = new ArrayList<>();

    @OneToMany(mappedBy = "servant", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DisciplinarySanction> sanctions = new ArrayList<>();

    @OneToMany(mappedBy = "servant", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Secondment> secondments = new ArrayList<>();

    @Version
    private long version;

    protected Servant() {
    }

    Servant(Organisation organisation, String login, String fullNameKk, String fullNameRu, LocalDate appointedOn) {
        this.organisation = organisation;
        this.login = login;
        this.fullNameKk = fullNameKk;
        this.fullNameRu = fullNameRu;
        this.appointedOn = appointedOn;
    }

    public boolean isAbsentOn(LocalDate date) {
        return absenceOn(date).isPresent();
    }

    public Optional<Absence> absenceOn(LocalDate date) {
        return absences.stream().filter(a -> a.covers(date)).findFirst();
    }

    public boolean isOnProbationOn(LocalDate date) {
        return probationEndsOn != null && !date.isAfter(probationEndsOn);
    }

    public boolean isDismissedBy(LocalDate date) {
        return dismissedOn != null && !dismissedOn.isAfter(date);
    }

    /** The body this servant is seconded to on a date, if any: it evaluates them for that time (004 §4). */
    public Optional<Organisation> secondedToOn(LocalDate date) {
        return secondments.stream().filter(s -> s.covers(date)).map(Secondment::getHostOrganisation).findFirst();
    }

    /** The superior supervisor («жоғары тұрған басшы» / «вышестоящий руководитель»): the direct supervisor's own. */
    public Servant getSuperiorSupervisor() {
        return directSupervisor == null ? null : directSupervisor.getDirectSupervisor();
    }

    public boolean isHeadOfApparatus() {
        return position != null && position.isHeadOfApparatus();
    }

    public boolean isManager() {
        return position != null && position.isManager();
    }

    public boolean isInHrService() {
        return position != null && position.getUnit().isHrService();
    }

    public String fullName(String language) {
        return "kk".equals(language) ? fullNameKk : fullNameRu;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public String getLogin() { return login; }
    public String getFullNameKk() { return fullNameKk; }
    public String getFullNameRu() { return fullNameRu; }
    public String getIin() { return iin; }
    public String getEmail() { return email; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public Position getPosition() { return position; }
    public Servant getDirectSupervisor() { return directSupervisor; }
    public Servant getDeputy() { return deputy; }
    public LocalDate getAppointedOn() { return appointedOn; }
    public LocalDate getProbationEndsOn() { return probationEndsOn; }
    public LocalDate getDismissedOn() { return dismissedOn; }
    public List<Absence> getAbsences() { return List.copyOf(absences); }
    public List<DisciplinarySanction> getSanctions() { return List.copyOf(sanctions); }
    public List<Secondment> getSecondments() { return List.copyOf(secondments); }

    void setIin(String iin) { this.iin = iin; }
    void setEmail(String email) { this.email = email; }
    void setPreferredLanguage(String preferredLanguage) { this.preferredLanguage = preferredLanguage; }
    void setPosition(Position position) { this.position = position; }
    void setDirectSupervisor(Servant directSupervisor) { this.directSupervisor = directSupervisor; }
    void setDeputy(Servant deputy) { this.deputy = deputy; }
    void setAppointedOn(LocalDate appointedOn) { this.appointedOn = appointedOn; }
    void setProbationEndsOn(LocalDate probationEndsOn) { this.probationEndsOn = probationEndsOn; }
    void setDismissedOn(LocalDate dismissedOn) { this.dismissedOn = dismissedOn; }
    void addAbsence(AbsenceReason reason, LocalDate from, LocalDate to) { absences.add(new Absence(this, reason, from, to)); }
    void addSanction(SanctionType type, LocalDate imposedOn) { sanctions.add(new DisciplinarySanction(this, type, imposedOn)); }
    void addSecondment(Organisation host, LocalDate from, LocalDate to) { secondments.add(new Secondment(this, host, from, to)); }
}
