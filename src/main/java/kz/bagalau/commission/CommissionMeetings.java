package kz.bagalau.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.bagalau.acquaintance.Acquaintances;
import kz.bagalau.calendar.WorkingDays;
import kz.bagalau.commission.CommissionVote.Choice;
import kz.bagalau.notification.Notifications;
import kz.bagalau.org.Edition;
import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.plan.KpiSheet;
import kz.bagalau.plan.KpiSheets;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.security.Privileged;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings of the evaluation commission (000 §29-43, 001, 002 §56-69): scheduling with the notice period of
 * the edition, the agenda of the sheets HR handed over, attendance and quorum, the open vote, the protocol, the
 * authorized person's approval, acquaintance and appeal. Task listeners of {@code commission-meeting} call it.
 */
@Service
@Transactional(noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
public class CommissionMeetings {

    public static final String PROCESS_KEY = "commission-meeting";

    /** Kazakh / Russian grade names allowed as a commission's correction, by edition (000 §18, 002 §49). */
    private static final Map<String, Set<Grade>> GRADES = Map.of(
            "KZ-2018", EnumSet.of(Grade.EXCELLENT, Grade.EFFECTIVE, Grade.SATISFACTORY, Grade.UNSATISFACTORY),
            "KZ-2023T", EnumSet.of(Grade.EFFECTIVE, Grade.PROPER, Grade.SATISFACTORY, Grade.UNSATISFACTORY));

    private final CommissionMeetingRepository meetings;
    private final CommissionDecisionRepository decisions;
    private final CommissionVoteRepository votes;
    private final CommissionSignatureRepository signatures;
    private final CommissionCompositions compositions;
    private final CommissionRules rules;
    private final KpiSheets kpiSheets;
    private final OrganisationModel model;
    private final WorkingDays workingDays;
    private final Notifications notifications;
    private final Acquaintances acquaintances;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;

    CommissionMeetings(CommissionMeetingRepository meetings, CommissionDecisionRepository decisions,
                       CommissionVoteRepository votes, CommissionSignatureRepository signatures,
                       CommissionCompositions compositions, CommissionRules rules, KpiSheets kpiSheets,
                       OrganisationModel model, WorkingDays workingDays, Notifications notifications,
                       Acquaintances acquaintances, RuntimeService runtimeService, HistoryService historyService,
                       IdentityService identityService) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.votes = votes;
        this.signatures = signatures;
        this.compositions = compositions;
        this.rules = rules;
        this.kpiSheets = kpiSheets;
        this.model = model;
        this.workingDays = workingDays;
        this.notifications = notifications;
        this.acquaintances = acquaintances;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
    }

    public record Started(long meetingId, String processInstanceId, String businessKey) {}

    /**
     * HR proposes the meeting (000 §29): the commission in force, a date that leaves the edition's notice period,
     * and an agenda of the sheets handed over for the year that the commission has not decided yet. Starts
     * {@code commission-meeting}; the chair agrees the date.
     */
    public Started schedule(String organisationCode, int year, LocalDate date, String proposedBy) {
        Organisation organisation = model.organisation(organisationCode);
        if (date == null) {
            throw new BadRequestException("Enter the meeting date / Отырыс күні / Дата заседания");
        }
        Edition edition = commissionEdition(organisationCode, date);
        CommissionOrder order = compositions.inForce(organisationCode, date);
        checkNotice(organisation, edition.code(), date);
        String businessKey = organisationCode + "/commission/" + date;
        if (meetings.findByBusinessKey(businessKey).isPresent() || Privileged.call(identityService, () ->
                historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                        .processInstanceBusinessKey(businessKey).count() > 0)) {
            throw new BadRequestException("The meeting " + businessKey + " is scheduled already");
        }
        List<KpiSheet> agenda = agenda(organisationCode, year);
        if (agenda.isEmpty()) {
            throw new BadRequestException("No sheets of " + year + " were handed to the commission of "
                    + organisationCode + " and left undecided: hand them over in kpi-evaluation first (000 §28)");
        }
        Instant now = now();
        CommissionMeeting meeting = meetings.save(new CommissionMeeting(organisationCode, year, edition.code(),
                order.getId(), date, businessKey, proposedBy, now));
        for (KpiSheet sheet : agenda) {
            decisions.save(new CommissionDecision(meeting.getId(), organisationCode, year, sheet.getServantLogin(),
                    sheet.getId(), sheet.getGrade().name()));
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("organisation", organisationCode);
        variables.put("year", year);
        variables.put("edition", edition.code());
        variables.put("meetingId", meeting.getId());
        variables.put("meetingDate", date.toString());
        variables.put("timeZone", organisation.getZone().getId());
        variables.put("chair", order.chair());
        variables.put("secretary", order.secretary());
        variables.put("authorizedPerson", authorizedPerson(organisation));
        variables.put("agenda", agenda.stream().map(KpiSheet::getServantLogin).toList());
        variables.put("agendaTable", agendaTable(meeting.getId()));
        variables.put("appealAllowed", organisation.isAppealAllowed());
        variables.put("proposedAt", ClockUtil.getCurrentTime());
        String pid = Privileged.call(identityService, () -> runtimeService
                .startProcessInstanceByKey(PROCESS_KEY, businessKey, variables).getId());
        meeting.started(pid);
        return new Started(meeting.getId(), pid, businessKey);
    }

    /**
     * 000 §29 (7 WD), 002 §56 (3 WD): the evaluators are notified at least that many working days before the
     * meeting; the notice goes out today, so the meeting is on or after the n-th working day after today.
     */
    public void checkNotice(Organisation organisation, String edition, LocalDate date) {
        int required = rules.periods(edition).noticeWorkingDays();
        LocalDate today = today(organisation.getZone());
        LocalDate earliest = workingDays.addWorkingDays(today, required);
        if (date.isBefore(earliest)) {
            int left = date.isAfter(today) ? workingDays.workingDaysBetween(today.plusDays(1), date) : 0;
            throw new BadRequestException("The evaluators are notified at least " + required + " working days "
                    + "before the meeting (" + ("KZ-2018".equals(edition) ? "000 §29" : "002 §56") + "): a meeting on "
                    + date + " leaves " + left + "; the earliest date is " + earliest + " / Хабарлама отырысқа дейін "
                    + "кемінде " + required + " жұмыс күні бұрын / Уведомление не позднее чем за " + required
                    + " рабочих дней до заседания");
        }
    }

    /** HR proposes another date (the chair's refusal, or a meeting without a quorum, 000 §30). */
    public void propose(long meetingId, LocalDate date, String by) {
        CommissionMeeting meeting = meeting(meetingId);
        if (date == null) {
            throw new BadRequestException("Enter the new meeting date / Жаңа күн / Новая дата");
        }
        checkNotice(model.organisation(meeting.getOrganisationCode()), meeting.getEdition(), date);
        CommissionOrder order = compositions.inForce(meeting.getOrganisationCode(), date);
        meeting.propose(date, by, now(), order.getId());
    }

    /** The chair agrees the date (000 §29); the notice goes out now, so the period is checked again. */
    public void agree(long meetingId, String chair) {
        CommissionMeeting meeting = meeting(meetingId);
        checkNotice(model.organisation(meeting.getOrganisationCode()), meeting.getEdition(), meeting.getMeetingDate());
        meeting.agree(chair, now());
    }

    /** The notice to the members, the secretary and the evaluators of every servant on the agenda (000 §29). */
    public List<String> sendNotice(long meetingId, String processInstanceId) {
        CommissionMeeting meeting = meeting(meetingId);
        CommissionOrder order = compositions.order(meeting.getOrderId());
        Set<String> recipients = new LinkedHashSet<>();
        order.getMembers().forEach(m -> recipients.add(m.getServantLogin()));
        for (CommissionDecision d : decisions.findByMeetingIdOrderByServantLogin(meetingId)) {
            recipients.add(kpiSheets.sheet(d.getKpiSheetId()).getEvaluatorLogin());
        }
        Organisation organisation = model.organisation(meeting.getOrganisationCode());
        Map<String, Object> mail = Map.of("meetingName", "Бағалау комиссиясының отырысы / Заседание комиссии по оценке: "
                        + organisation.getNameKk() + " / " + organisation.getNameRu(),
                "meetingAt", meeting.getMeetingDate().toString(), "place", organisation.getNameRu(),
                Notifications.PROCESS_INSTANCE_ID, processInstanceId);
        for (String login : recipients) {
            notifications.sendOnce(meeting.getBusinessKey() + "/" + meeting.getMeetingDate() + "/notice/" + login,
                    login, Notifications.MEETING_NOTICE, mail);
        }
        meeting.noticeSent(now());
        return evaluators(meetingId);
    }

    /** The evaluators of the servants on the agenda: each gets the notice as a Tasklist task too (000 §29). */
    @Transactional(readOnly = true)
    public List<String> evaluators(long meetingId) {
        return decisions.findByMeetingIdOrderByServantLogin(meetingId).stream()
                .map(d -> kpiSheets.sheet(d.getKpiSheetId()).getEvaluatorLogin()).distinct().toList();
    }

    /** What an evaluator's notice shows: the place and the agenda items of the servants they evaluated. */
    @Transactional(readOnly = true)
    public String noticeAgenda(long meetingId, String evaluatorLogin) {
        StringBuilder b = new StringBuilder();
        for (CommissionDecision d : decisions.findByMeetingIdOrderByServantLogin(meetingId)) {
            if (evaluatorLogin.equals(kpiSheets.sheet(d.getKpiSheetId()).getEvaluatorLogin())) {
                var servant = model.servant(d.getServantLogin());
                b.append("- ").append(servant.getFullNameKk()).append(" / ").append(servant.getFullNameRu())
                        .append(" — ").append(Grade.valueOf(d.getSheetGrade()).kazakh()).append(" / ")
                        .append(Grade.valueOf(d.getSheetGrade()).russian()).append('\n');
            }
        }
        return b.toString();
    }

    /** What the attendance decided: quorate or not, and who votes. */
    public record Attendance(boolean quorate, int members, int present, List<String> voters) {}

    /**
     * The secretary records who of the members is present, at the meeting (000 §30): quorate with at least two
     * thirds present (DMN commission-quorum); otherwise nothing is decided and HR proposes a new date.
     */
    public Attendance recordAttendance(long meetingId, Collection<String> presentLogins, String by) {
        CommissionMeeting meeting = meeting(meetingId);
        Organisation organisation = model.organisation(meeting.getOrganisationCode());
        if (today(organisation.getZone()).isBefore(meeting.getMeetingDate())) {
            throw new BadRequestException("Attendance is recorded at the meeting, on " + meeting.getMeetingDate()
                    + " / Қатысу отырыста белгіленеді / Явка отмечается на заседании");
        }
        CommissionOrder order = compositions.order(meeting.getOrderId());
        List<String> members = order.votingMembers();
        Set<String> present = new LinkedHashSet<>();
        for (String login : presentLogins) {
            String l = login.trim();
            if (l.isEmpty()) {
                continue;
            }
            if (!members.contains(l)) {
                throw new BadRequestException("'" + l + "' is not a voting member of the commission (order "
                        + order.getOrderNo() + "); the secretary is not counted (000 §34)");
            }
            present.add(l);
        }
        boolean quorate = rules.quorate(members.size(), present.size());
        meeting.attendance(present, members.size(), quorate);
        return new Attendance(quorate, members.size(), present.size(), List.copyOf(present));
    }

    /** A vote as checked: the choice and, for REVISE, the revised result of the edition. */
    public record CheckedVote(Choice choice, String revisedGrade) {}

    /**
     * Whether {@code memberLogin} may cast this vote now, before anything is written (000 §32-34, §37-38). Refused
     * with the reason: the secretary (000 §34), anyone not a member present at the meeting, a second vote in the
     * round, a servant already decided, an unknown vote, REVISE without a revised result of the edition.
     */
    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public CheckedVote checkVote(long meetingId, String servantLogin, String memberLogin, String choice,
                                 String revisedGrade) {
        CommissionMeeting meeting = meeting(meetingId);
        CommissionOrder order = compositions.order(meeting.getOrderId());
        Optional<CommissionRole> role = order.roleOf(memberLogin);
        if (role.isPresent() && !role.get().votes()) {
            throw new BadRequestException("The secretary of the commission does not vote (000 §34) / Хатшы дауыс "
                    + "бермейді / Секретарь не голосует");
        }
        if (role.isEmpty() || !meeting.getPresent().contains(memberLogin)) {
            throw new BadRequestException("'" + memberLogin + "' is not a member of the commission present at the "
                    + "meeting: only they vote (000 §32) / Дауыс беруге құқығы жоқ / Нет права голоса");
        }
        CommissionDecision decision = decision(meetingId, servantLogin);
        if (decision.getStatus() != CommissionDecision.Status.PENDING) {
            throw new BadRequestException("The commission has decided on " + servantLogin + " already");
        }
        if (votes.existsByMeetingIdAndServantLoginAndMemberLoginAndVoteRound(meetingId, servantLogin, memberLogin,
                meeting.getVoteRound())) {
            throw alreadyVoted(memberLogin, servantLogin);
        }
        Choice parsed;
        try {
            parsed = Choice.valueOf(String.valueOf(choice).trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Vote APPROVE or REVISE, not '" + choice + "' / Бекіту немесе қайта қарау / "
                    + "Утвердить или пересмотреть");
        }
        return new CheckedVote(parsed, parsed == Choice.REVISE ? revisedGrade(meeting.getEdition(), revisedGrade)
                : null);
    }

    /** One member's open vote on one servant (000 §32, §37-38), checked by {@link #checkVote}. */
    public CommissionVote vote(long meetingId, String servantLogin, String memberLogin, String choice,
                               String revisedGrade, String recommendation) {
        CheckedVote checked = checkVote(meetingId, servantLogin, memberLogin, choice, revisedGrade);
        try {
            return votes.saveAndFlush(new CommissionVote(meetingId, servantLogin, memberLogin, checked.choice(),
                    checked.revisedGrade(), recommendation == null || recommendation.isBlank() ? null
                    : recommendation.trim(), now(), meeting(meetingId).getVoteRound()));
        } catch (DataIntegrityViolationException e) {
            throw alreadyVoted(memberLogin, servantLogin);
        }
    }

    /**
     * Counts the votes on one servant (DMN commission-decision: majority, a tie decided by the chair's vote,
     * 000 §33) and writes the protocol line. A revision takes the revised result most members named; on a tie
     * between results the chair's, otherwise the higher one (our reading: the seeds are silent).
     */
    public CommissionDecision tally(long meetingId, String servantLogin) {
        CommissionMeeting meeting = meeting(meetingId);
        String chair = compositions.order(meeting.getOrderId()).chair();
        List<CommissionVote> cast = votes.findByMeetingIdAndServantLoginAndVoteRoundOrderByMemberLogin(meetingId,
                servantLogin, meeting.getVoteRound());
        int approve = (int) cast.stream().filter(v -> v.getVote() == Choice.APPROVE).count();
        int revise = cast.size() - approve;
        Optional<CommissionVote> chairVote = cast.stream().filter(v -> v.getMemberLogin().equals(chair)).findFirst();
        CommissionRules.Outcome outcome = rules.decide(approve, revise, chairVote.map(CommissionVote::getVote)
                .orElse(null));
        String corrected = null;
        if (outcome.decision() == Choice.REVISE) {
            Map<String, Long> counts = cast.stream().filter(v -> v.getVote() == Choice.REVISE)
                    .collect(Collectors.groupingBy(CommissionVote::getRevisedGrade, Collectors.counting()));
            long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                    .sorted(Comparator.comparing(Grade::valueOf)).toList();
            corrected = chairVote.map(CommissionVote::getRevisedGrade).filter(top::contains).orElse(top.get(0));
        }
        String recommendations = cast.stream().filter(v -> v.getRecommendation() != null)
                .map(v -> v.getMemberLogin() + ": " + v.getRecommendation()).collect(Collectors.joining("\n"));
        CommissionDecision decision = decision(meetingId, servantLogin);
        decision.decide(outcome.decision() == Choice.REVISE, approve, revise, outcome.chairDecided(), corrected,
                recommendations.isEmpty() ? null : recommendations, now());
        return decision;
    }

    /** The secretary completes the protocol with the commission's conclusion and signs it (002 appendix 11). */
    public void protocol(long meetingId, String conclusion, String secretary) {
        CommissionMeeting meeting = meeting(meetingId);
        if (conclusion == null || conclusion.isBlank()) {
            throw new BadRequestException("Write the commission's conclusion / Комиссия қорытындысы / Заключение "
                    + "комиссии");
        }
        if (decisions.findByMeetingIdOrderByServantLogin(meetingId).stream()
                .anyMatch(d -> d.getStatus() == CommissionDecision.Status.PENDING)) {
            throw new BadRequestException("Not every servant on the agenda has been voted on");
        }
        meeting.protocol(conclusion.trim(), now());
        sign(meetingId, secretary);
    }

    /** A signature under the protocol: the secretary, or a member present at the meeting. */
    public void sign(long meetingId, String login) {
        CommissionMeeting meeting = meeting(meetingId);
        CommissionRole role = compositions.order(meeting.getOrderId()).roleOf(login).orElse(null);
        if (role == null || (role.votes() && !meeting.getPresent().contains(login))) {
            throw new BadRequestException("'" + login + "' did not sit in this meeting and does not sign its protocol");
        }
        if (signatures.existsByMeetingIdAndServantLoginAndVoteRound(meetingId, login, meeting.getVoteRound())) {
            throw new BadRequestException("'" + login + "' signed the protocol already");
        }
        signatures.save(new CommissionSignature(meetingId, login, role, now(), meeting.getVoteRound()));
    }

    /** The authorized person approves the results (000 §39): only now are they final. */
    public void approve(long meetingId, String by) {
        CommissionMeeting meeting = meeting(meetingId);
        Organisation organisation = model.organisation(meeting.getOrganisationCode());
        if (!by.equals(authorizedPerson(organisation))) {
            throw new BadRequestException("Only the authorized person approves the commission's results (000 §39)");
        }
        Set<String> signed = signatures(meetingId).stream()
                .map(CommissionSignature::getServantLogin).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>(meeting.getPresent());
        missing.add(compositions.order(meeting.getOrderId()).secretary());
        missing.removeAll(signed);
        if (meeting.getProtocolAt() == null || !missing.isEmpty()) {
            throw new BadRequestException("The protocol is not signed yet by " + missing);
        }
        meeting.protocolSigned();
        meeting.approve(by, now());
        decisions.findByMeetingIdOrderByServantLogin(meetingId).forEach(CommissionDecision::makeFinal);
    }

    /**
     * The authorized person returns the results to the commission with the reason (000 §39 makes the results final
     * only by their approval; that they may send them back for a new vote is our reading, docs/commission.md): the
     * protocol lines are open again, a new round of votes and signatures starts; the earlier round is kept.
     */
    public void returnToCommission(long meetingId, String by, String reason) {
        CommissionMeeting meeting = meeting(meetingId);
        if (!by.equals(authorizedPerson(model.organisation(meeting.getOrganisationCode())))) {
            throw new BadRequestException("Only the authorized person returns the commission's results (000 §39)");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("Write why the results go back to the commission / Қайтару себебін "
                    + "жазыңыз / Укажите причину возврата");
        }
        if (meeting.getApprovedAt() != null) {
            throw new BadRequestException("The results are approved already (000 §39)");
        }
        meeting.returnToCommission(by, now(), reason.trim());
        decisions.findByMeetingIdOrderByServantLogin(meetingId).forEach(CommissionDecision::reopen);
    }

    /** How HR acquainted the servant with the approved result (000 §40-41, 001, 002 §68). */
    public enum AcquaintanceOutcome { SIGNED, REFUSED, EXTERNAL }

    /** What HR enters when acquainting: the outcome, and for a refusal or an external channel the proof. */
    public record AcquaintanceRecord(String outcome, String proof, String actSigner1, String actSigner2,
                                     String channel, LocalDate deliveredOn) {}

    public void acquaint(long meetingId, String servantLogin, AcquaintanceRecord r, String hr, String processInstanceId) {
        CommissionMeeting meeting = meeting(meetingId);
        CommissionDecision decision = decision(meetingId, servantLogin);
        if (!decision.isFinalResult()) {
            throw new BadRequestException("The results are not approved by the authorized person yet (000 §39)");
        }
        AcquaintanceOutcome outcome;
        try {
            outcome = AcquaintanceOutcome.valueOf(String.valueOf(r.outcome()).trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Outcome SIGNED, REFUSED or EXTERNAL, not '" + r.outcome() + "'");
        }
        String subject = subjectKey(meeting, servantLogin);
        switch (outcome) {
            case SIGNED -> acquaintances.inWriting(subject, processInstanceId, servantLogin, r.proof(), hr);
            case EXTERNAL -> acquaintances.byExternalChannel(subject, processInstanceId, servantLogin, r.channel(),
                    r.deliveredOn(), r.proof(), hr);
            case REFUSED -> acquaintances.refusalAct(subject, processInstanceId, servantLogin,
                    refusalActSigners(meeting, servantLogin, hr, r), r.channel(), r.deliveredOn(), r.proof(), hr);
        }
    }

    /** 001: the act is signed by the HR specialist and two other servants (000 §41: the department head). */
    private List<String> refusalActSigners(CommissionMeeting meeting, String servantLogin, String hr,
                                           AcquaintanceRecord r) {
        Set<String> signers = new LinkedHashSet<>();
        signers.add(hr);
        for (String witness : new String[] {r.actSigner1(), r.actSigner2()}) {
            if (witness == null || witness.isBlank()) {
                throw new BadRequestException("The refusal act is signed by the HR specialist and two other servants "
                        + "(001, 000 §41): name both / Екі қызметші / Два служащих");
            }
            String w = witness.trim();
            if (w.equals(servantLogin) || !signers.add(w)) {
                throw new BadRequestException("The two servants signing the act are others than the HR specialist and "
                        + "the evaluated servant, and not the same person: '" + w + "'");
            }
            if (!model.servant(w).getOrganisation().getCode().equals(meeting.getOrganisationCode())) {
                throw new BadRequestException("'" + w + "' does not work in " + meeting.getOrganisationCode());
            }
        }
        return List.copyOf(signers);
    }

    /** HR records an appeal to the authorized civil-service body, filed within the period after the decision (000 §42). */
    public void appealFiled(long meetingId, String servantLogin, LocalDate filedOn, String hr) {
        CommissionMeeting meeting = meeting(meetingId);
        Organisation organisation = model.organisation(meeting.getOrganisationCode());
        if (!organisation.isAppealAllowed()) {
            throw new BadRequestException("Organisation " + organisation.getCode() + " runs the 001 edition, which "
                    + "deleted the appeal to the authorized body (000 §42); a court remains (000 §43)");
        }
        if (filedOn == null) {
            throw new BadRequestException("Enter the day the appeal was filed / Шағым берілген күн / Дата подачи жалобы");
        }
        LocalDate deadline = appealDeadline(meeting);
        if (filedOn.isAfter(deadline)) {
            throw new BadRequestException("The appeal was filed on " + filedOn + ", after the " + rules.periods(
                    meeting.getEdition()).appealWorkingDays() + " working days that ended on " + deadline
                    + " (000 §42, 002 §69): refused / Шағым мерзімі өтті / Срок обжалования истёк");
        }
        CommissionDecision decision = decision(meetingId, servantLogin);
        if (decision.getAppealFiledOn() != null) {
            throw new BadRequestException("The appeal of " + servantLogin + " is recorded already");
        }
        decision.appealFiled(filedOn, hr);
    }

    /** The body's recommendation: cancel and review (the sheets go back to the commission) or unchanged. */
    public void appealOutcome(long meetingId, String servantLogin, String outcome, String hr) {
        CommissionDecision decision = decision(meetingId, servantLogin);
        if (decision.getAppealFiledOn() == null) {
            throw new BadRequestException("No appeal of " + servantLogin + " is recorded");
        }
        CommissionDecision.AppealOutcome parsed;
        try {
            parsed = CommissionDecision.AppealOutcome.valueOf(String.valueOf(outcome).trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Outcome CANCEL_AND_REVIEW or UNCHANGED, not '" + outcome + "'");
        }
        decision.appealOutcome(parsed, hr);
    }

    /** The last day an appeal may be filed: the period of the edition after the approved decision (000 §39, §42). */
    public LocalDate appealDeadline(CommissionMeeting meeting) {
        if (meeting.getApprovedAt() == null) {
            throw new BadRequestException("The results are not approved yet");
        }
        LocalDate decided = meeting.getApprovedAt().atZone(model.organisation(meeting.getOrganisationCode()).getZone())
                .toLocalDate();
        return workingDays.addWorkingDays(decided, rules.periods(meeting.getEdition()).appealWorkingDays());
    }

    public int acquaintanceWorkingDays(CommissionMeeting meeting) {
        return rules.periods(meeting.getEdition()).acquaintanceWorkingDays();
    }

    @Transactional(readOnly = true)
    public CommissionMeeting meeting(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundApiException("No commission meeting "
                + meetingId));
    }

    @Transactional(readOnly = true)
    public List<CommissionDecision> decisions(long meetingId) {
        return decisions.findByMeetingIdOrderByServantLogin(meetingId);
    }

    @Transactional(readOnly = true)
    public List<CommissionVote> votes(long meetingId, String servantLogin) {
        return votes.findByMeetingIdAndServantLoginOrderByVoteRoundAscMemberLoginAsc(meetingId, servantLogin);
    }

    @Transactional(readOnly = true)
    public List<CommissionSignature> signatures(long meetingId) {
        return signatures.findByMeetingIdAndVoteRoundOrderBySignedAt(meetingId, meeting(meetingId).getVoteRound());
    }

    /** The servant's final result for the year: approved by the authorized person and not cancelled on appeal. */
    @Transactional(readOnly = true)
    public Optional<CommissionDecision> finalResult(String servantLogin, int year) {
        return decisions.findByServantLoginAndYearAndStatusIn(servantLogin, year,
                EnumSet.of(CommissionDecision.Status.APPROVED, CommissionDecision.Status.REVISED)).stream()
                .filter(CommissionDecision::isFinalResult).findFirst();
    }

    /** The protocol lines as a Markdown table for the forms. */
    @Transactional(readOnly = true)
    public String agendaTable(long meetingId) {
        StringBuilder b = new StringBuilder("| № | Қызметші / Служащий | Нәтиже / Результат | Комиссия түзетуі / "
                + "Корректировка комиссии | Дауыстар / Голоса |\n|---|---|---|---|---|\n");
        int n = 1;
        for (CommissionDecision d : decisions.findByMeetingIdOrderByServantLogin(meetingId)) {
            var servant = model.servant(d.getServantLogin());
            b.append("| ").append(n++).append(" | ").append(servant.getFullNameKk()).append(" / ")
                    .append(servant.getFullNameRu()).append(" | ").append(d.getSheetGrade()).append(" | ")
                    .append(d.getCorrectedGrade() == null ? "—" : d.getCorrectedGrade()).append(" | ")
                    .append(d.getApproveVotes() == null ? "—" : d.getApproveVotes() + " / " + d.getReviseVotes())
                    .append(" |\n");
        }
        return b.toString();
    }

    public static String subjectKey(CommissionMeeting meeting, String servantLogin) {
        return meeting.getBusinessKey() + "/" + servantLogin;
    }

    private List<KpiSheet> agenda(String organisationCode, int year) {
        Set<CommissionDecision.Status> standing = EnumSet.of(CommissionDecision.Status.PENDING,
                CommissionDecision.Status.APPROVED, CommissionDecision.Status.REVISED);
        return kpiSheets.handedToCommission(organisationCode, year).stream()
                .filter(s -> s.getGrade() != null)
                .filter(s -> decisions.findByServantLoginAndYearAndStatusIn(s.getServantLogin(), year, standing)
                        .isEmpty())
                .toList();
    }

    private Edition commissionEdition(String organisationCode, LocalDate date) {
        Edition edition = model.editionOn(organisationCode, date);
        if (!edition.isYearlyCommission()) {
            throw new BadRequestException("Organisation '" + organisationCode + "' runs " + edition.code() + " on "
                    + date + ": it has no yearly evaluation commission");
        }
        return edition;
    }

    private static String authorizedPerson(Organisation organisation) {
        var person = Optional.ofNullable(organisation.getAuthorizedPerson()).or(() -> Optional.ofNullable(
                organisation.getFirstHead())).orElseThrow(() -> new BadRequestException("Organisation "
                + organisation.getCode() + " has no authorized person to approve the results (000 §39)"));
        return person.getLogin();
    }

    private CommissionDecision decision(long meetingId, String servantLogin) {
        return decisions.findByMeetingIdAndServantLogin(meetingId, servantLogin).orElseThrow(() ->
                new BadRequestException("'" + servantLogin + "' is not on the agenda of meeting " + meetingId));
    }

    private static BadRequestException alreadyVoted(String member, String servant) {
        return new BadRequestException("'" + member + "' has voted on " + servant + " already: one vote per member "
                + "(000 §32) / Дауыс берілді / Голос уже подан");
    }

    private static String revisedGrade(String edition, String value) {
        Set<Grade> allowed = GRADES.getOrDefault(edition, Set.of());
        try {
            Grade g = Grade.valueOf(String.valueOf(value).trim());
            if (allowed.contains(g)) {
                return g.name();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new BadRequestException("REVISE needs the revised result, one of " + allowed + " (000 §37-38) / "
                + "Түзетілген нәтиже / Скорректированный результат");
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static LocalDate today(ZoneId zone) {
        return now().atZone(zone).toLocalDate();
    }
}
