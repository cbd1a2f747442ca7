package kz.bagalau.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.bagalau.org.OrganisationModel;
import kz.bagalau.web.ForbiddenException;
import kz.bagalau.web.NotFoundApiException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may read what of an evaluation: the one place that answers it, for {@code /api} and — through
 * {@link CaseAuthorizations} — for the engine. Results are confidential (003 §15, 004 §14): only the evaluated
 * servant, the evaluator, the head of the HR service and the calibration participants may know them (003 §20).
 * <p>
 * <b>Reading of "head of the HR service".</b> The organisation model has no separate head of HR: the HR service
 * («персоналды басқару қызметі» / «служба управления персоналом») is the set of servants marked as in it, who
 * prepare, record and hand out the results on its head's behalf (003 §19). So every member of the organisation's
 * {@code hr-<code>} group reads as the head of HR does — and only for that organisation.
 * <p>
 * <b>Denials.</b> A record of a case the caller may not read is answered exactly like a record that does not
 * exist (HTTP 404, same text), so that a colleague cannot learn that an evaluation or a calibration took place.
 * Management endpoints whose target's existence is no secret (an organisation) answer 403.
 */
@Component
public class AccessPolicy {

    /** The caller's relation to one case. */
    public enum Relation {
        EVALUATED, EVALUATOR, CO_EVALUATOR, HR_OF_ORGANISATION, CALIBRATION_MEMBER, AUTHORIZED_PERSON, ADMIN
    }

    /** What is read: the engine's surface of a case and the records behind {@code /api}. */
    public enum Resource {
        /** A task of the case assigned to someone else (one's own tasks are always readable). */
        TASK,
        /** The running process instance of the case ({@code /engine-rest/process-instance}). */
        PROCESS_INSTANCE,
        /** Its process variables (never scores or comments: see docs/security.md). */
        VARIABLES,
        /** Its history (historic process instance, tasks, variables). */
        HISTORY,
        /** The result of an evaluation: scores, comments, final score, grade ({@code /api}). */
        RESULT,
        /** The yearly grade formed from the quarterly results. */
        YEARLY_GRADE,
        /** The 360 report of the evaluated servant. */
        REPORT_360,
        /** The protocol of a calibration session or commission meeting on the case. */
        PROTOCOL
    }

    private static final Set<Relation> RESULT_READERS = EnumSet.of(Relation.EVALUATED, Relation.EVALUATOR,
            Relation.CO_EVALUATOR, Relation.HR_OF_ORGANISATION, Relation.CALIBRATION_MEMBER);
    private static final Set<Relation> ENGINE_READERS = EnumSet.of(Relation.EVALUATED, Relation.EVALUATOR,
            Relation.CO_EVALUATOR, Relation.HR_OF_ORGANISATION, Relation.ADMIN);

    /**
     * The law as a table: which relations may read which resource (003 §15, §20; 004 §14). The authorized person
     * reads a result only as a calibration member; the administrator runs the engine (which lets them see its
     * surface) but is no reader of results behind {@code /api}. Tested row by row in AccessPolicyTests and
     * end to end in ConfidentialityMatrixTests.
     */
    public static final Map<Resource, Set<Relation>> READERS = readers();

    private static Map<Resource, Set<Relation>> readers() {
        Map<Resource, Set<Relation>> table = new EnumMap<>(Resource.class);
        table.put(Resource.TASK, EnumSet.of(Relation.HR_OF_ORGANISATION, Relation.ADMIN));
        table.put(Resource.PROCESS_INSTANCE, ENGINE_READERS);
        table.put(Resource.VARIABLES, ENGINE_READERS);
        table.put(Resource.HISTORY, ENGINE_READERS);
        table.put(Resource.RESULT, RESULT_READERS);
        table.put(Resource.YEARLY_GRADE, EnumSet.of(Relation.EVALUATED, Relation.HR_OF_ORGANISATION));
        table.put(Resource.REPORT_360, RESULT_READERS);
        table.put(Resource.PROTOCOL, RESULT_READERS);
        table.replaceAll((resource, relations) -> Collections.unmodifiableSet(EnumSet.copyOf(relations)));
        return Collections.unmodifiableMap(table);
    }

    private final CurrentUser currentUser;
    private final OrganisationModel model;
    private final ObjectProvider<CalibrationMembers> calibrationMembers;
    private final AuditTrail audit;

    AccessPolicy(CurrentUser currentUser, OrganisationModel model, ObjectProvider<CalibrationMembers> calibrationMembers,
                 AuditTrail audit) {
        this.currentUser = currentUser;
        this.model = model;
        this.calibrationMembers = calibrationMembers;
        this.audit = audit;
    }

    /** The allowed/denied answer of the table, without a caller: for tests and documentation. */
    public static boolean allows(Resource resource, Set<Relation> relations) {
        return relations.stream().anyMatch(READERS.get(resource)::contains);
    }

    /** The caller's relations to the case (empty for a stranger). */
    public Set<Relation> relationsTo(EvaluationCase c) {
        String user = currentUser.id();
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        if (user == null) {
            return relations;
        }
        if (user.equals(c.evaluated())) {
            relations.add(Relation.EVALUATED);
        }
        if (c.evaluators().contains(user)) {
            relations.add(Relation.EVALUATOR);
        }
        if (c.coEvaluators().contains(user)) {
            relations.add(Relation.CO_EVALUATOR);
        }
        if (currentUser.inGroup(Groups.hr(c.organisation()))) {
            relations.add(Relation.HR_OF_ORGANISATION);
        }
        if (c.caseKey() != null && calibrationMembers.stream().anyMatch(m -> m.isMember(user, c.caseKey()))) {
            relations.add(Relation.CALIBRATION_MEMBER);
        }
        if (currentUser.inGroup(Groups.AUTHORIZED_PERSON) && model.hasServant(user)
                && model.servant(user).getOrganisation().getCode().equals(c.organisation())) {
            relations.add(Relation.AUTHORIZED_PERSON);
        }
        if (currentUser.isAdmin()) {
            relations.add(Relation.ADMIN);
        }
        return relations;
    }

    public boolean mayRead(Resource resource, EvaluationCase c) {
        return allows(resource, relationsTo(c));
    }

    /**
     * The one call a read endpoint makes: lets the caller read the record of the case, or answers 404 as if it
     * did not exist. Both outcomes go to the audit trail.
     *
     * @param recordId how the audit names the record, e.g. the business key
     * @throws NotFoundApiException (404) unless the caller may read it
     */
    public void requireRead(Resource resource, EvaluationCase c, String recordId) {
        if (!mayRead(resource, c)) {
            audit.denied(resource.name(), recordId, c.organisation());
            throw notFound(resource, recordId);
        }
        audit.read(resource.name(), recordId, c.organisation());
    }

    /** The answer for a record that does not exist: the same as for one the caller may not read. */
    public static NotFoundApiException notFound(Resource resource, String recordId) {
        return new NotFoundApiException("No " + resource.name().toLowerCase().replace('_', ' ') + " " + recordId
                + " that you may see");
    }

    /** Servants of the organisation and administrators: the organisation's own data that is not confidential. */
    public void requireMember(String organisation) {
        model.organisation(organisation);
        if (!currentUser.isAdmin() && !currentUser.inGroup(Groups.organisation(organisation))) {
            throw new ForbiddenException("not your organisation");
        }
    }

    public boolean isMember(String organisation) {
        return currentUser.isAdmin() || currentUser.inGroup(Groups.organisation(organisation));
    }

    /**
     * HR of the organisation or an administrator: starting evaluations, campaigns, managing servants, oversight.
     * The organisation must exist (404 otherwise); its existence is no secret, so a stranger gets 403.
     */
    public void requireHrOrAdmin(String organisation) {
        model.organisation(organisation);
        if (!currentUser.isAdmin() && !currentUser.inGroup(Groups.hr(organisation))) {
            throw new ForbiddenException("only HR of the organisation");
        }
    }

    /** The servant themself, or HR of their organisation / an administrator. */
    public void requireSelfOrHr(String login) {
        String organisation = model.servant(login).getOrganisation().getCode();
        if (!login.equals(currentUser.id())) {
            requireHrOrAdmin(organisation);
        }
    }

    /** @throws ForbiddenException (403) unless the caller is an administrator */
    public void requireAdmin() {
        currentUser.requireAdmin();
    }

    /** Relations a table row names, for documentation and tests. */
    public static List<Relation> readersOf(Resource resource) {
        return READERS.get(resource).stream().sorted().toList();
    }
}
