package kz.bagalau.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation model's public surface: organisations and the editions they adopted, units,
 * positions, servants and the facts the evaluation rules read (absences, sanctions, secondments,
 * dismissal). Every change to a servant publishes {@link ServantChanged} so that the Camunda
 * identity follows.
 */
@Service
// A refusal is an answer, not a failure: a caller that handles it keeps its transaction.
@Transactional(noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
public class OrganisationModel {

    private final OrganisationRepository organisations;
    private final OrgUnitRepository units;
    private final PositionRepository positions;
    private final ServantRepository servants;
    private final ApplicationEventPublisher events;
    private final EntityManager entities;

    OrganisationModel(OrganisationRepository organisations, OrgUnitRepository units, PositionRepository positions,
                      ServantRepository servants, ApplicationEventPublisher events, EntityManager entities) {
        this.organisations = organisations;
        this.units = units;
        this.positions = positions;
        this.servants = servants;
        this.events = events;
        this.entities = entities;
    }

    /*
     * Logins and codes are natural ids: a started evaluation looks its servant, evaluator and organisation up
     * a dozen times in one transaction, and only the first lookup of each reaches the database; none flushes
     * the persistence context (docs/benchmarks.md).
     */
    private Optional<Servant> servantByLogin(String login) {
        return login == null ? Optional.empty()
                : entities.unwrap(Session.class).bySimpleNaturalId(Servant.class).loadOptional(login);
    }

    private Optional<Organisation> organisationByCode(String code) {
        return code == null ? Optional.empty()
                : entities.unwrap(Session.class).bySimpleNaturalId(Organisation.class).loadOptional(code);
    }

    // --- reading

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public Organisation organisation(String code) {
        return organisationByCode(code)
                .orElseThrow(() -> new NotFoundApiException("No organisation with code '" + code + "'"));
    }

    /** The organisation with this code, if any; never throws, so a process step's transaction stays healthy. */
    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public Optional<Organisation> findOrganisation(String code) {
        return organisationByCode(code);
    }

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public List<Organisation> organisations() {
        return organisations.findAll();
    }

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public Servant servant(String login) {
        return servantByLogin(login)
                .orElseThrow(() -> new NotFoundApiException("No servant with login '" + login + "'"));
    }

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public boolean hasServant(String login) {
        return servantByLogin(login).isPresent();
    }

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public List<Servant> servants(String organisationCode) {
        return servants.findByOrganisationOrderByLogin(organisation(organisationCode));
    }

    /**
     * Logins of the organisation's corps "B" servants (political posts have no category) who held their
     * position at some time between the two days: whom a campaign evaluates for that period.
     */
    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public List<String> corpsBServantsDuring(String organisationCode, LocalDate from, LocalDate to) {
        return servants(organisationCode).stream()
                .filter(s -> s.getPosition() != null && s.getPosition().getCategory() != null)
                .filter(s -> !s.getAppointedOn().isAfter(to))
                .filter(s -> s.getDismissedOn() == null || !s.getDismissedOn().isBefore(from))
                .map(Servant::getLogin).toList();
    }

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public List<Servant> directSubordinates(String login) {
        return servants.findByDirectSupervisor(servant(login));
    }

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public List<OrgUnit> units(String organisationCode) {
        return units.findByOrganisationOrderById(organisation(organisationCode));
    }

    /** The edition an organisation runs on a date; a clear error when it had adopted none by then. */
    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public Edition editionOn(String organisationCode, LocalDate date) {
        Organisation org = organisation(organisationCode);
        return org.editionOn(date).orElseThrow(() -> new BadRequestException("Organisation '" + organisationCode
                + "' had adopted no methodology edition on " + date));
    }

    // --- organisations, units, positions

    public Organisation createOrganisation(String code, String nameKk, String nameRu, String timeZone) {
        if (organisationByCode(code).isPresent()) {
            throw new BadRequestException("An organisation with code '" + code + "' exists already");
        }
        if (!code.matches("[a-z0-9-]{2,40}")) {
            throw new BadRequestException("Organisation code must be 2-40 lower-case latin letters, digits or '-'");
        }
        return organisations.save(new Organisation(code, nameKk, nameRu, timeZone));
    }

    public void adoptEdition(String organisationCode, Edition edition, LocalDate effectiveFrom, String act) {
        organisation(organisationCode).adopt(edition, effectiveFrom, act);
    }

    public void allowAppeal(String organisationCode, boolean allowed) {
        organisation(organisationCode).setAppealAllowed(allowed);
    }

    public OrgUnit createUnit(String organisationCode, Long parentUnitId, String nameKk, String nameRu,
                              boolean hrService) {
        Organisation org = organisation(organisationCode);
        OrgUnit parent = parentUnitId == null ? null : units.findById(parentUnitId)
                .filter(u -> u.getOrganisation().equals(org))
                .orElseThrow(() -> new BadRequestException("No unit " + parentUnitId + " in " + organisationCode));
        return units.save(new OrgUnit(org, parent, nameKk, nameRu, hrService));
    }

    public Position createPosition(Long unitId, String titleKk, String titleRu, CorpsBCategory category,
                                   boolean manager, boolean headOfApparatus) {
        OrgUnit unit = units.findById(unitId).orElseThrow(() -> new BadRequestException("No unit " + unitId));
        return positions.save(new Position(unit, titleKk, titleRu, category, manager, headOfApparatus));
    }

    public void setFirstHead(String organisationCode, String login) {
        organisation(organisationCode).setFirstHead(servantOf(organisationCode, login));
        events.publishEvent(new ServantChanged(login));
    }

    public void setAuthorizedPerson(String organisationCode, String login) {
        Organisation org = organisation(organisationCode);
        Servant previous = org.getAuthorizedPerson();
        org.setAuthorizedPerson(servantOf(organisationCode, login));
        if (previous != null) {
            events.publishEvent(new ServantChanged(previous.getLogin()));
        }
        events.publishEvent(new ServantChanged(login));
    }

    // --- servants

    public Servant hire(NewServant s) {
        Organisation org = organisation(s.organisationCode());
        if (servantByLogin(s.login()).isPresent()) {
            throw new BadRequestException("Login '" + s.login() + "' is taken");
        }
        if (s.iin() != null && !s.iin().isBlank() && Iin.problem(s.iin()) != null) {
            throw new BadRequestException(Iin.problem(s.iin()));
        }
        Position position = positions.findById(s.positionId())
                .filter(p -> p.getUnit().getOrganisation().equals(org))
                .orElseThrow(() -> new BadRequestException("No position " + s.positionId() + " in " + org.getCode()));
        Servant servant = new Servant(org, s.login(), s.fullNameKk(), s.fullNameRu(), s.appointedOn());
        servant.setIin(s.iin() == null || s.iin().isBlank() ? null : s.iin());
        servant.setEmail(s.email());
        servant.setPreferredLanguage(s.preferredLanguage() == null ? "ru" : s.preferredLanguage());
        servant.setPosition(position);
        servant.setProbationEndsOn(s.probationEndsOn());
        if (s.directSupervisorLogin() != null) {
            servant.setDirectSupervisor(servantOf(org.getCode(), s.directSupervisorLogin()));
        }
        servants.save(servant);
        events.publishEvent(new ServantChanged(servant.getLogin()));
        return servant;
    }

    public void setDirectSupervisor(String login, String supervisorLogin) {
        Servant servant = servant(login);
        Servant supervisor = servantOf(servant.getOrganisation().getCode(), supervisorLogin);
        for (Servant s = supervisor; s != null; s = s.getDirectSupervisor()) {
            if (s.equals(servant)) {
                throw new BadRequestException("'" + supervisorLogin + "' reports to '" + login
                        + "' already: a servant cannot supervise their own supervisor");
            }
        }
        servant.setDirectSupervisor(supervisor);
    }

    public void setDeputy(String login, String deputyLogin) {
        Servant servant = servant(login);
        if (login.equals(deputyLogin)) {
            throw new BadRequestException("A servant cannot be their own deputy");
        }
        servant.setDeputy(deputyLogin == null ? null : servantOf(servant.getOrganisation().getCode(), deputyLogin));
    }

    public void recordAbsence(String login, AbsenceReason reason, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BadRequestException("An absence cannot end (" + to + ") before it starts (" + from + ")");
        }
        servant(login).addAbsence(reason, from, to);
    }

    public void recordSanction(String login, SanctionType type, LocalDate imposedOn) {
        servant(login).addSanction(type, imposedOn);
    }

    public void recordSecondment(String login, String hostOrganisationCode, LocalDate from, LocalDate to) {
        Servant servant = servant(login);
        if (servant.getOrganisation().getCode().equals(hostOrganisationCode)) {
            throw new BadRequestException("A secondment is to another organisation");
        }
        servant.addSecondment(organisation(hostOrganisationCode), from, to);
    }

    public void dismiss(String login, LocalDate on) {
        servant(login).setDismissedOn(on);
        events.publishEvent(new ServantChanged(login));
    }

    private Servant servantOf(String organisationCode, String login) {
        Servant s = servant(login);
        if (!s.getOrganisation().getCode().equals(organisationCode)) {
            throw new BadRequestException("'" + login + "' does not work in " + organisationCode);
        }
        return s;
    }
}
