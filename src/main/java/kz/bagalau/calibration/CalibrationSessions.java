package kz.bagalau.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kz.bagalau.org.EvaluatorAssignment;
import kz.bagalau.org.Evaluators;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.scorecard.EvaluatorScore;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.scorecard.QuarterlyResult;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.scorecard.ScorecardDecisions;
import kz.bagalau.scorecard.YearlyGrades;
import kz.bagalau.web.BadRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calibration session's records, step by step (003 §37–42, 004 §19–24). The process
 * {@code calibration-session} calls these in order; each refuses bad input with the rule it breaks.
 */
@Service
@Transactional
public class CalibrationSessions {

    public static final String PROCESS = "calibration-session";
    public static final String START_MESSAGE = "calibration-requested";

    private final CalibrationSessionRepository sessions;
    private final CalibrationVoteRepository votes;
    private final CalibrationApplications applications;
    private final QuarterlyResults results;
    private final YearlyGrades yearlyGrades;
    private final ScorecardDecisions decisions;
    private final OrganisationModel model;
    private final Evaluators evaluators;

    CalibrationSessions(CalibrationSessionRepository sessions, CalibrationVoteRepository votes,
                        CalibrationApplications applications, QuarterlyResults results, YearlyGrades yearlyGrades,
                        ScorecardDecisions decisions, OrganisationModel model, Evaluators evaluators) {
        this.sessions = sessions;
        this.votes = votes;
        this.applications = applications;
        this.results = results;
        this.yearlyGrades = yearlyGrades;
        this.decisions = decisions;
        this.model = model;
        this.evaluators = evaluators;
    }

    /** {@code <organisation>/calibration/<servant>/<year>-Q<n>}. */
    public static String businessKey(String organisationCode, String servantLogin, int year, int quarter) {
        return organisationCode + "/calibration/" + servantLogin + "/" + year + "-Q" + quarter;
    }

    /** Opens the session on an application: the score under review and who evaluated the applicant. */
    public CalibrationSession open(Long applicationId, String processInstanceId) {
        CalibrationApplication application = applications.byId(applicationId)
                .orElseThrow(() -> new BadRequestException("No calibration application " + applicationId));
        QuarterRef ref = new QuarterRef(application.getOrganisationCode(), application.getServantLogin(),
                application.getYear(), application.getQuarter());
        QuarterlyResult result = results.find(ref).filter(r -> r.getFinalScore() != null)
                .orElseThrow(() -> new BadRequestException("Quarter " + ref.businessKey() + " has no result to calibrate"));
        Set<String> scorers = result.getScores().stream().map(EvaluatorScore::getEvaluatorLogin)
                .collect(Collectors.toCollection(TreeSet::new));
        String evaluator = ruleEvaluator(ref).filter(e -> scorers.isEmpty() || scorers.contains(e))
                .orElseGet(() -> scorers.iterator().next());
        Set<String> excluded = new TreeSet<>(scorers);
        excluded.add(evaluator);
        CalibrationSession session = new CalibrationSession(application,
                businessKey(ref.organisationCode(), ref.servantLogin(), ref.year(), ref.quarter()), evaluator,
                List.copyOf(excluded), result.getFinalScore(), result.getGrade());
        session.attach(processInstanceId);
        return sessions.save(session);
    }

    /** The composition rule for this session, with who must and who must not be a member. */
    @Transactional(readOnly = true)
    public CalibrationComposition compositionRule(Long sessionId) {
        CalibrationSession s = session(sessionId);
        List<Servant> staff = model.servants(s.getOrganisationCode());
        LocalDate lastDay = LocalDate.of(s.getYear(), s.getQuarter() * 3, 1).plusMonths(1).minusDays(1);
        Set<String> others = new TreeSet<>();
        for (Servant servant : staff) {
            try {
                EvaluatorAssignment a = evaluators.whoEvaluates(servant.getLogin(), lastDay);
                others.add(a.evaluator());
            } catch (BadRequestException notEvaluated) {
                // political posts and yearly editions have no quarterly evaluator
            }
        }
        others.removeAll(s.excluded());
        others.remove(s.getServantLogin());
        Set<String> hr = staff.stream().filter(Servant::isInHrService).map(Servant::getLogin)
                .filter(l -> !l.equals(s.getServantLogin()) && !s.excluded().contains(l))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = staff.stream().map(Servant::getLogin).collect(Collectors.toCollection(LinkedHashSet::new));
        return new CalibrationComposition(s.getServantLogin(), Set.copyOf(s.excluded()), others, hr, known);
    }

    /** The authorized person decides to hold the session and approves its composition (004 §20, 003 §38). */
    public CalibrationSession approveComposition(Long sessionId, Object members, String approvedBy) {
        CalibrationSession s = inStatus(sessionId, CalibrationSession.Status.AWAITING_COMPOSITION);
        List<String> checked = compositionRule(sessionId).check(CalibrationComposition.parse(members));
        s.compose(checked, approvedBy, now());
        return s;
    }

    /** HR organises the session and notifies the members (004 §22, 003 §39). */
    public CalibrationSession organise(Long sessionId, LocalDate heldOn, String place, String by) {
        CalibrationSession s = inStatus(sessionId, CalibrationSession.Status.COMPOSED);
        if (heldOn == null) {
            throw new BadRequestException("Enter the date of the session / Укажите дату сессии");
        }
        if (heldOn.isBefore(LocalDate.ofInstant(s.getAppliedAt(), java.time.ZoneOffset.UTC))) {
            throw new BadRequestException("The session cannot be held before the application");
        }
        if (place == null || place.isBlank()) {
            throw new BadRequestException("Enter the place or the link of the session / Укажите место сессии");
        }
        s.organise(heldOn, place.trim(), by);
        return s;
    }

    /** The evaluator describes the servant's work and argues the score (004 §23). */
    public CalibrationSession present(Long sessionId, String presentation, String by) {
        CalibrationSession s = inStatus(sessionId, CalibrationSession.Status.ORGANISED);
        if (by != null && !by.equals(s.getEvaluatorLogin())) {
            throw new BadRequestException("Only the evaluator " + s.getEvaluatorLogin() + " presents the evaluation");
        }
        if (presentation == null || presentation.isBlank()) {
            throw new BadRequestException("Describe the work and argue the score / Опишите работу и аргументируйте оценку");
        }
        s.present(presentation.trim(), now());
        return s;
    }

    /**
     * A member's vote (004 §23): KEEP takes the current score; UP and DOWN need a proposed score above or below
     * it, 0..5 with at most two decimals. Stored as a row of its own, so that members voting at the same time
     * never update the same row; the unique key (session, member) makes a repeated vote count once.
     */
    public CalibrationVote castVote(Long sessionId, String member, Object choice, Object proposedScore, String argument) {
        CalibrationSession s = inStatus(sessionId, CalibrationSession.Status.PRESENTED);
        if (!s.getMembers().contains(member)) {
            throw new BadRequestException(member + " is not a member of this calibration session");
        }
        if (votes.existsBySessionIdAndMemberLogin(sessionId, member)) {
            throw new BadRequestException(member + " has voted already");
        }
        VoteChoice c = VoteChoice.parse(choice);
        BigDecimal current = s.getPreviousScore();
        BigDecimal proposed = c == VoteChoice.KEEP ? current : score(proposedScore);
        if (c == VoteChoice.UP && proposed.compareTo(current) <= 0) {
            throw new BadRequestException("A vote to raise proposes a score above " + current.toPlainString()
                    + " / Предложите балл выше " + current.toPlainString());
        }
        if (c == VoteChoice.DOWN && proposed.compareTo(current) >= 0) {
            throw new BadRequestException("A vote to lower proposes a score below " + current.toPlainString()
                    + " / Предложите балл ниже " + current.toPlainString());
        }
        if (c != VoteChoice.KEEP && (argument == null || argument.isBlank())) {
            throw new BadRequestException("Give the arguments for the correction / Приведите аргументы корректировки (004 §23)");
        }
        return votes.save(new CalibrationVote(sessionId, member, c, proposed,
                argument == null || argument.isBlank() ? null : argument.trim(), now()));
    }

    /** The final score by majority ({@link CalibrationTally}) and its grade by DMN {@code grade-band}. */
    public CalibrationSession tally(Long sessionId) {
        CalibrationSession s = inStatus(sessionId, CalibrationSession.Status.PRESENTED);
        List<CalibrationVote> cast = votes(sessionId);
        if (cast.size() != s.getMembers().size()) {
            throw new IllegalStateException("Counted " + cast.size() + " votes of " + s.getMembers().size() + " members");
        }
        CalibrationTally.Result result = CalibrationTally.of(s.getPreviousScore(), cast.stream()
                .map(v -> new CalibrationTally.Vote(v.getChoice(), v.getProposedScore())).toList());
        Grade grade = decisions.grade(result.finalScore());
        s.decide(result, grade);
        return s;
    }

    /** The members signed the protocol on that day (003 §41, 004 §23). */
    public CalibrationSession sign(Long sessionId, LocalDate signedOn, LocalDate today) {
        CalibrationSession s = inStatus(sessionId, CalibrationSession.Status.DECIDED);
        if (signedOn == null) {
            throw new BadRequestException("Enter the date the protocol was signed / Укажите дату подписания протокола");
        }
        if (signedOn.isAfter(today)) {
            throw new BadRequestException("The protocol cannot be signed in the future (" + signedOn + ")");
        }
        if (s.getHeldOn() != null && signedOn.isBefore(s.getHeldOn())) {
            throw new BadRequestException("The protocol is signed at or after the session of " + s.getHeldOn());
        }
        s.sign(signedOn);
        return s;
    }

    /**
     * The protocol's final score replaces the quarterly result when it changed (the score before calibration
     * stays in the session's protocol), and the yearly grade is formed again if it was formed already.
     */
    public CalibrationSession applyFinalScore(Long sessionId) {
        CalibrationSession s = inStatus(sessionId, CalibrationSession.Status.SIGNED);
        if (s.getOutcome() != CalibrationSession.Outcome.KEPT) {
            results.calibrate(s.quarterRef(), s.getFinalScore());
            if (yearlyGrades.find(s.getServantLogin(), s.getYear()).isPresent()) {
                yearlyGrades.form(s.getServantLogin(), s.getYear());
            }
        }
        applications.markHeld(s.getApplicationId());
        return s;
    }

    /** HR posted the signed protocol in the information system (003 §41, 004 §23). */
    public CalibrationSession post(Long sessionId, String by) {
        CalibrationSession s = inStatus(sessionId, CalibrationSession.Status.SIGNED);
        s.post(by, now());
        return s;
    }

    /** The evaluator's feedback meeting with the servant (003 §42, 004 §24): the three topics are required. */
    public CalibrationSession recordFeedback(Long sessionId, String by, LocalDate metOn, String achievements,
                                             String development, String potential) {
        CalibrationSession s = session(sessionId);
        if (s.getProtocolSignedOn() == null) {
            throw new BadRequestException("Feedback follows the session's protocol");
        }
        if (by != null && !by.equals(s.getEvaluatorLogin())) {
            throw new BadRequestException("Only the evaluator " + s.getEvaluatorLogin() + " records the feedback meeting");
        }
        if (metOn == null) {
            throw new BadRequestException("Enter the date of the meeting / Укажите дату встречи");
        }
        requireText(achievements, "achievements in the period / обзор достижений");
        requireText(development, "development of skills and competencies / обзор развития навыков и компетенций");
        requireText(potential, "potential and career aspirations / потенциал и карьерные устремления");
        s.recordFeedback(metOn, achievements.trim(), development.trim(), potential.trim(), now());
        return s;
    }

    /** The servant's written argument: the application's text (004 §23). */
    @Transactional(readOnly = true)
    public String applicationReason(CalibrationSession s) {
        return applications.byId(s.getApplicationId()).map(CalibrationApplication::getReason).orElse("");
    }

    @Transactional(readOnly = true)
    public List<CalibrationVote> votes(Long sessionId) {
        return votes.findBySessionIdOrderByMemberLogin(sessionId);
    }

    @Transactional(readOnly = true)
    public Optional<CalibrationSession> find(String businessKey) {
        return sessions.findByBusinessKey(businessKey);
    }

    @Transactional(readOnly = true)
    public CalibrationSession session(Long sessionId) {
        return sessions.findById(sessionId)
                .orElseThrow(() -> new BadRequestException("No calibration session " + sessionId));
    }

    private CalibrationSession inStatus(Long sessionId, CalibrationSession.Status expected) {
        CalibrationSession s = session(sessionId);
        if (s.getStatus() != expected) {
            throw new BadRequestException("Calibration session " + s.getBusinessKey() + " is " + s.getStatus()
                    + ", not " + expected);
        }
        return s;
    }

    private Optional<String> ruleEvaluator(QuarterRef ref) {
        try {
            LocalDate lastDay = LocalDate.of(ref.year(), ref.quarter() * 3, 1).plusMonths(1).minusDays(1);
            return Optional.of(evaluators.whoEvaluates(ref.servantLogin(), lastDay).evaluator());
        } catch (BadRequestException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal score(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new BadRequestException("Propose a score 0..5 / Предложите балл от 0 до 5");
        }
        BigDecimal score;
        try {
            score = new BigDecimal(value.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new BadRequestException("'" + value + "' is not a score");
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(5)) > 0 || score.stripTrailingZeros().scale() > 2) {
            throw new BadRequestException("A proposed score is 0..5 with at most two decimals, not " + value);
        }
        return score.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("Write the notes on " + what + " (003 §42, 004 §24)");
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
