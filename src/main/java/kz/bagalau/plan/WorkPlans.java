package kz.bagalau.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.bagalau.org.EvaluatorAssignment;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The individual work plans (000 §9-16): opened once per servant and year, each submission a new version,
 * each decision recorded with who and why. Times come from the engine clock, so that the deadlines the
 * process computes from them agree with the record.
 */
@Service
@Transactional(noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
public class WorkPlans {

    private final WorkPlanRepository repository;

    WorkPlans(WorkPlanRepository repository) {
        this.repository = repository;
    }

    /** Opens the plan of the year for the assignment's servant; refused when one exists. */
    public WorkPlan open(EvaluatorAssignment assignment, int year, String processInstanceId) {
        if (repository.findByServantLoginAndYear(assignment.evaluated(), year).isPresent()) {
            throw new BadRequestException("The work plan of " + assignment.evaluated() + " for " + year + " exists already");
        }
        return repository.save(new WorkPlan(assignment.organisationCode(), assignment.evaluated(), year,
                assignment.edition().code(), assignment.evaluator(), assignment.approver(), processInstanceId, now()));
    }

    /** The direct supervisor's draft or correction: a new version with the reason it answers. */
    public WorkPlanVersion submit(long planId, List<Kpi> kpis, String author, String reason) {
        WorkPlanVersion version = plan(planId).submit(kpis, author, now(), reason);
        repository.flush();
        return version;
    }

    public void returnForCorrection(long planId, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("Қайтару себебін жазыңыз (000 §12) / Укажите причину возврата на доработку (000 §12)");
        }
        plan(planId).returnForCorrection(by, now(), reason.trim());
    }

    public void approve(long planId, String by, String comment) {
        plan(planId).approve(by, now(), comment);
    }

    /** The quarterly monitoring with the direct supervisor's written recommendations (000 §16). */
    public void monitor(long planId, int quarter, String by, String recommendations) {
        if (recommendations == null || recommendations.isBlank()) {
            throw new BadRequestException("Жазбаша ұсыныстарды жазыңыз (000 §16) / Напишите письменные рекомендации (000 §16)");
        }
        plan(planId).monitor(quarter, by, now(), recommendations.trim());
    }

    @Transactional(readOnly = true)
    public WorkPlan plan(long planId) {
        return repository.findById(planId).orElseThrow(() -> new NotFoundApiException("No work plan " + planId));
    }

    @Transactional(readOnly = true)
    public Optional<WorkPlan> find(String servantLogin, int year) {
        return repository.findByServantLoginAndYear(servantLogin, year);
    }

    @Transactional(readOnly = true)
    public List<WorkPlan> ofOrganisation(String organisationCode, int year) {
        return repository.findByOrganisationCodeAndYearOrderByServantLogin(organisationCode, year);
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
