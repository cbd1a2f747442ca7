package kz.bagalau.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import kz.bagalau.competency.CompetencySheet;
import kz.bagalau.competency.CompetencySheets;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.security.AccessPolicy;
import kz.bagalau.security.CurrentUser;
import kz.bagalau.security.Groups;
import kz.bagalau.web.NotFoundApiException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api} of editions KZ-2018 / KZ-2023T. HR starts the work plan and the KPI evaluation of a servant;
 * a plan or sheet is shown to the servant, the supervisors who fill and approve it, and the organisation's
 * HR — to anyone else it does not exist (404).
 */
@RestController
@RequestMapping("/api")
@Transactional
class YearlyKpiController {

    private final YearlyKpiEvaluations evaluations;
    private final WorkPlans plans;
    private final KpiSheets sheets;
    private final CompetencySheets competencySheets;
    private final OrganisationModel model;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;

    YearlyKpiController(YearlyKpiEvaluations evaluations, WorkPlans plans, KpiSheets sheets,
                        CompetencySheets competencySheets, OrganisationModel model, CurrentUser currentUser, AccessPolicy policy) {
        this.policy = policy;
        this.evaluations = evaluations;
        this.plans = plans;
        this.sheets = sheets;
        this.competencySheets = competencySheets;
        this.model = model;
        this.currentUser = currentUser;
    }

    record WorkPlanRequest(@NotBlank String organisation, @NotBlank String servant, @NotNull Integer year) {}

    record KpiEvaluationRequest(@NotBlank String organisation, @NotBlank String servant, @NotNull Integer year,
                                LocalDate evaluatedOn) {}

    record KpiView(int number, String name, String sourceIndicator, String unit, BigDecimal plannedValue,
                   LocalDate deadline, String keyResult) {
        static KpiView of(Kpi k) {
            return new KpiView(k.getNumber(), k.getName(), k.getSourceIndicator(), k.getUnit(), k.getPlannedValue(),
                    k.getDeadline(), k.getKeyResult());
        }
    }

    record VersionView(int version, String author, Instant createdAt, String reason, String changes,
                       List<KpiView> kpis) {}

    record EventView(int version, String action, String actor, Instant at, Integer quarter, String note) {}

    record WorkPlanView(String organisation, String servant, int year, String edition, String evaluator,
                        String approver, String status, int currentVersion, Instant approvedAt, String approvedBy,
                        List<VersionView> versions, List<EventView> events) {}

    record EntryView(int number, String name, String unit, BigDecimal plannedValue, BigDecimal actualValue,
                     boolean achieved, String evidence) {}

    record CompetencyView(String competency, int observed, int total, String observedIndicators, String level) {}

    record SheetView(String organisation, String servant, int year, String edition, String evaluator, String approver,
                     String eligibility, String eligibilityReason, LocalDate deferredUntil, String status,
                     Integer achievedKpis, String grade, String gradeLabel, int submissions, String returnReason,
                     Instant agreedAt, String agreedBy, Instant handedOverAt, List<EntryView> entries,
                     String indicatorSet, Instant competencySignedAt, List<CompetencyView> competencies) {}

    @PostMapping("/work-plans")
    @ResponseStatus(HttpStatus.CREATED)
    YearlyKpiEvaluations.Started startWorkPlan(@Valid @RequestBody WorkPlanRequest request) {
        policy.requireHrOrAdmin(request.organisation());
        return evaluations.startWorkPlan(request.organisation(), request.servant(), request.year());
    }

    @PostMapping("/kpi-evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    YearlyKpiEvaluations.Started startKpiEvaluation(@Valid @RequestBody KpiEvaluationRequest request) {
        policy.requireHrOrAdmin(request.organisation());
        return evaluations.startKpiEvaluation(request.organisation(), request.servant(), request.year(),
                request.evaluatedOn());
    }

    @GetMapping("/work-plans/{organisation}/{servant}/{year}")
    WorkPlanView workPlan(@PathVariable String organisation, @PathVariable String servant, @PathVariable int year) {
        WorkPlan p = plans.find(servant, year)
                .filter(plan -> plan.getOrganisationCode().equals(organisation))
                .filter(plan -> mayRead(plan.getOrganisationCode(), plan.getServantLogin(), plan.getEvaluatorLogin(),
                        plan.getApproverLogin()))
                .orElseThrow(() -> new NotFoundApiException("No work plan " + organisation + "/" + servant + "/" + year
                        + " that you may see"));
        return new WorkPlanView(p.getOrganisationCode(), p.getServantLogin(), p.getYear(), p.getEdition(),
                p.getEvaluatorLogin(), p.getApproverLogin(), p.getStatus().name(), p.getCurrentVersion(),
                p.getApprovedAt(), p.getApprovedBy(),
                p.getVersions().stream().map(v -> new VersionView(v.getVersionNo(), v.getAuthorLogin(), v.getCreatedAt(),
                        v.getReason(), v.getChanges(), v.getKpis().stream().map(KpiView::of).toList())).toList(),
                p.getEvents().stream().map(e -> new EventView(e.getVersionNo(), e.getAction().name(), e.getActorLogin(),
                        e.getActedAt(), e.getQuarter(), e.getNote())).toList());
    }

    @GetMapping("/kpi-evaluations/{organisation}/{servant}/{year}")
    SheetView kpiEvaluation(@PathVariable String organisation, @PathVariable String servant, @PathVariable int year) {
        KpiSheet s = sheets.find(servant, year)
                .filter(sheet -> sheet.getOrganisationCode().equals(organisation))
                .filter(sheet -> mayRead(sheet.getOrganisationCode(), sheet.getServantLogin(),
                        sheet.getEvaluatorLogin(), sheet.getApproverLogin()))
                .orElseThrow(() -> new NotFoundApiException("No KPI evaluation " + organisation + "/" + servant + "/"
                        + year + " that you may see"));
        return view(s);
    }

    /** The sheets HR handed to the commission for the year: what the commission meeting takes up (000 §24, §28). */
    @GetMapping("/organisations/{organisation}/commission-sheets/{year}")
    List<SheetView> commissionSheets(@PathVariable String organisation, @PathVariable int year) {
        policy.requireHrOrAdmin(organisation);
        return sheets.handedToCommission(organisation, year).stream().map(this::view).toList();
    }

    private SheetView view(KpiSheet s) {
        CompetencySheet c = competencySheets.find(s.getServantLogin(), s.getYear()).orElse(null);
        Grade g = s.getGrade();
        return new SheetView(s.getOrganisationCode(), s.getServantLogin(), s.getYear(), s.getEdition(),
                s.getEvaluatorLogin(), s.getApproverLogin(), s.getEligibility().name(), s.getEligibilityReason(),
                s.getDeferredUntil(), s.getStatus().name(), s.getAchievedKpis(), g == null ? null : g.name(),
                g == null ? null : KpiGradeNames.label(s.getEdition(), g), s.getSubmissions(), s.getReturnReason(),
                s.getAgreedAt(), s.getAgreedBy(), s.getHandedOverAt(),
                s.getEntries().stream().map(e -> new EntryView(e.getNumber(), e.getName(), e.getUnit(),
                        e.getPlannedValue(), e.getActualValue(), e.isAchieved(), e.getEvidence())).toList(),
                c == null ? null : c.getIndicatorSet().name(), c == null ? null : c.getSignedAt(),
                c == null ? List.of() : c.getAssessments().stream().map(a -> new CompetencyView(a.getCompetency(),
                        a.getObserved(), a.getTotal(), a.getObservedIndicators(), a.getLevel().name())).toList());
    }

    private boolean mayRead(String organisation, String servant, String evaluator, String approver) {
        String user = currentUser.id();
        return servant.equals(user) || evaluator.equals(user) || approver.equals(user)
                || currentUser.inGroup(Groups.hr(organisation)) || currentUser.isAdmin();
    }

}
