package kz.bagalau.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who answers the 360 questionnaire about a servant (003 §35): the system's proposal, which HR may adjust
 * within the limits.
 * <ol>
 *   <li>the direct supervisor («тікелей басшы»), whoever holds that post;</li>
 *   <li>the direct subordinates who are corps "B" servants;</li>
 *   <li>peers «лауазымы бойынша бір деңгейде ... тығыз іс-қимыл жасайтын тұлғалар»: corps "B" servants with the
 *       same direct supervisor and the same kind of post (both heads or both not), as the closest working
 *       relationship the organisation model records.</li>
 * </ol>
 * Dismissed servants and the servant themself never answer. In that order of priority (then by login) at most
 * {@value #MAX} are taken; fewer than {@value #MIN} possible leaves the decision to HR with the reason.
 */
@Component
public class RespondentSelection {

    public static final int MIN = 3;
    public static final int MAX = 7;

    /** How a respondent relates to the servant; never shown next to an answer. */
    public enum Relation { SUPERVISOR, SUBORDINATE, PEER, CHOSEN_BY_HR }

    public record Respondent(String login, Relation relation) {}

    /** The proposal; {@code problem} says why it falls short of {@value #MIN}, otherwise null. */
    public record Proposal(String servant, boolean head, List<Respondent> respondents, String problem) {
        public boolean enough() {
            return problem == null;
        }

        public List<String> logins() {
            return respondents.stream().map(Respondent::login).toList();
        }
    }

    private final OrganisationModel model;

    RespondentSelection(OrganisationModel model) {
        this.model = model;
    }

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public Proposal propose(String login, LocalDate on) {
        Servant servant = model.servant(login);
        if (!isCorpsB(servant)) {
            throw new BadRequestException("'" + login + "' holds a political post, not a corps B position: "
                    + "the 360 survey is for corps B servants (003 §33)");
        }
        Map<String, Respondent> chosen = new LinkedHashMap<>();
        Servant supervisor = servant.getDirectSupervisor();
        if (supervisor != null && !supervisor.isDismissedBy(on)) {
            chosen.put(supervisor.getLogin(), new Respondent(supervisor.getLogin(), Relation.SUPERVISOR));
        }
        sorted(model.directSubordinates(login)).stream().filter(s -> eligible(s, servant, on))
                .forEach(s -> chosen.putIfAbsent(s.getLogin(), new Respondent(s.getLogin(), Relation.SUBORDINATE)));
        if (supervisor != null) {
            sorted(model.directSubordinates(supervisor.getLogin())).stream()
                    .filter(s -> eligible(s, servant, on) && s.isManager() == servant.isManager())
                    .forEach(s -> chosen.putIfAbsent(s.getLogin(), new Respondent(s.getLogin(), Relation.PEER)));
        }
        List<Respondent> respondents = new ArrayList<>(chosen.values());
        String problem = null;
        if (respondents.size() < MIN) {
            problem = "Only " + respondents.size() + " possible respondent(s) for " + login + " by the rule of 003 §35 "
                    + "(direct supervisor: " + (supervisor == null || supervisor.isDismissedBy(on) ? "none" : "1")
                    + ", corps B subordinates: " + count(respondents, Relation.SUBORDINATE)
                    + ", peers with the same supervisor: " + count(respondents, Relation.PEER)
                    + "); at least " + MIN + " are needed: HR decides";
        }
        return new Proposal(login, servant.isManager(), List.copyOf(respondents.subList(0, Math.min(MAX,
                respondents.size()))), problem);
    }

    /**
     * HR's choice within the limits (003 §35 "or HR"): {@value #MIN} to {@value #MAX} distinct servants of the
     * organisation, not dismissed, not the servant themself. Relations of the proposal are kept.
     */
    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public List<Respondent> adjusted(String login, List<String> logins, LocalDate on) {
        Servant servant = model.servant(login);
        List<String> distinct = logins.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (distinct.size() < MIN || distinct.size() > MAX) {
            throw new BadRequestException("A 360 survey has " + MIN + " to " + MAX + " respondents (003 §35), not "
                    + distinct.size());
        }
        Map<String, Relation> proposed = new LinkedHashMap<>();
        propose(login, on).respondents().forEach(r -> proposed.put(r.login(), r.relation()));
        List<Respondent> result = new ArrayList<>();
        for (String l : distinct) {
            if (l.equals(login)) {
                throw new BadRequestException("The servant's own view is the self-assessment, not a respondent's answer");
            }
            Servant s = model.hasServant(l) ? model.servant(l) : null;
            if (s == null || !s.getOrganisation().equals(servant.getOrganisation()) || s.isDismissedBy(on)) {
                throw new BadRequestException("'" + l + "' is not a serving member of " + servant.getOrganisation().getCode());
            }
            result.add(new Respondent(l, proposed.getOrDefault(l, Relation.CHOSEN_BY_HR)));
        }
        return result;
    }

    private static boolean eligible(Servant candidate, Servant servant, LocalDate on) {
        return !candidate.equals(servant) && isCorpsB(candidate) && !candidate.isDismissedBy(on);
    }

    static boolean isCorpsB(Servant s) {
        return s.getPosition() != null && s.getPosition().getCategory() != null;
    }

    private static List<Servant> sorted(List<Servant> servants) {
        return servants.stream().sorted(Comparator.comparing(Servant::getLogin)).toList();
    }

    private static long count(List<Respondent> respondents, Relation relation) {
        return respondents.stream().filter(r -> r.relation() == relation).count();
    }
}
