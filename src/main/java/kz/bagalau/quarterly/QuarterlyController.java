package kz.bagalau.quarterly;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import kz.bagalau.org.OrganisationModel;
import kz.bagalau.scorecard.EvaluatorScore;
import kz.bagalau.scorecard.QuarterlyResult;
import kz.bagalau.scorecard.YearlyGrade;
import kz.bagalau.scorecard.YearlyGrades;
import kz.bagalau.security.CurrentUser;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.security.AccessPolicy;
import kz.bagalau.security.EvaluationCase;
import kz.bagalau.security.Groups;
import kz.bagalau.web.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api} of the quarterly evaluation. HR starts evaluations; a result is shown only to those the
 * {@link AccessPolicy} names (003 §15, §20; 004 §14) — to anyone else it does not exist (404), so its
 * existence is not revealed either. Every read and refusal is in the audit trail.
 */
@RestController
@RequestMapping("/api")
@Transactional
class QuarterlyController {

    private final QuarterlyEvaluations evaluations;
    private final AnnualGrades annualGrades;
    private final YearlyGrades yearlyGrades;
    private final CoEvaluators coEvaluators;
    private final OrganisationModel model;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;

    QuarterlyController(QuarterlyEvaluations evaluations, AnnualGrades annualGrades, YearlyGrades yearlyGrades,
                        CoEvaluators coEvaluators, OrganisationModel model, CurrentUser currentUser,
                        AccessPolicy policy) {
        this.evaluations = evaluations;
        this.annualGrades = annualGrades;
        this.yearlyGrades = yearlyGrades;
        this.coEvaluators = coEvaluators;
        this.model = model;
        this.currentUser = currentUser;
        this.policy = policy;
    }

    record StartRequest(@NotBlank String organisation, @NotBlank String servant, @NotNull Integer year,
                        @NotNull Integer quarter, LocalDate evaluatedOn) {}

    record AnnualGradeRequest(@NotBlank String organisation, @NotNull Integer year) {}

    record CoEvaluatorsRequest(@NotNull List<String> coEvaluators) {}

    record ScoreView(String evaluator, int parameter, int score, String comment) {}

    record ResultView(String organisation, String servant, int year, int quarter, String edition, String form,
                      String eligibility, String eligibilityReason, String status, BigDecimal averageScore,
                      String sanction, BigDecimal capMaxScore, boolean capApplied, BigDecimal finalScore, String grade,
                      String gradeKk, String gradeRu, List<ScoreView> scores, Instant updatedAt) {
        static ResultView of(QuarterlyResult r) {
            return new ResultView(r.getOrganisationCode(), r.getServantLogin(), r.getYear(), r.getQuarter(),
                    r.getEdition(), r.getForm() == null ? null : r.getForm().name(),
                    r.getEligibility() == null ? null : r.getEligibility().name(), r.getEligibilityReason(),
                    r.getStatus().name(), r.getAverageScore(), r.getSanction(), r.getCapMaxScore(), r.isCapApplied(),
                    r.getFinalScore(), r.getGrade() == null ? null : r.getGrade().name(),
                    r.getGrade() == null ? null : r.getGrade().kazakh(),
                    r.getGrade() == null ? null : r.getGrade().russian(),
                    r.getScores().stream().map(s -> new ScoreView(s.getEvaluatorLogin(), s.getParameterNumber(),
                            s.getScore(), s.getComment())).toList(), r.getUpdatedAt());
        }
    }

    record YearlyGradeView(String servant, int year, BigDecimal averageScore, int quarters, String grade,
                           String gradeKk, String gradeRu, Instant formedAt) {}

    @PostMapping("/quarterly-evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    QuarterlyEvaluations.Started start(@Valid @RequestBody StartRequest request) {
        policy.requireHrOrAdmin(request.organisation());
        return evaluations.start(request.organisation(), request.servant(), request.year(), request.quarter(),
                request.evaluatedOn());
    }

    @GetMapping("/quarterly-evaluations/{organisation}/{servant}/{year}/{quarter}")
    ResultView result(@PathVariable String organisation, @PathVariable String servant, @PathVariable int year,
                      @PathVariable int quarter) {
        String key = organisation + "/" + servant + "/" + year + "-Q" + quarter;
        QuarterlyResult result = evaluations.result(organisation, servant, year, quarter)
                .orElseThrow(() -> AccessPolicy.notFound(AccessPolicy.Resource.RESULT, key));
        policy.requireRead(AccessPolicy.Resource.RESULT, caseOf(result), key);
        return ResultView.of(result);
    }

    @PostMapping("/annual-grades")
    @ResponseStatus(HttpStatus.CREATED)
    String startAnnualGrade(@Valid @RequestBody AnnualGradeRequest request) {
        policy.requireHrOrAdmin(request.organisation());
        return annualGrades.start(request.organisation(), request.year());
    }

    @GetMapping("/yearly-grades/{servant}/{year}")
    YearlyGradeView yearlyGrade(@PathVariable String servant, @PathVariable int year) {
        String key = servant + "/" + year;
        YearlyGrade g = yearlyGrades.find(servant, year)
                .orElseThrow(() -> AccessPolicy.notFound(AccessPolicy.Resource.YEARLY_GRADE, key));
        policy.requireRead(AccessPolicy.Resource.YEARLY_GRADE,
                EvaluationCase.of(g.getOrganisationCode(), g.getOrganisationCode() + "/" + key, servant), key);
        return new YearlyGradeView(g.getServantLogin(), g.getYear(), g.getAverageScore(), g.getQuarters(),
                g.getGrade().name(), g.getGrade().kazakh(), g.getGrade().russian(), g.getFormedAt());
    }

    /** The evaluator (or HR) designates co-evaluators (004 §18, 003 §31). */
    @PutMapping("/organisations/{organisation}/co-evaluators/{evaluator}")
    List<String> designate(@PathVariable String organisation, @PathVariable String evaluator,
                           @Valid @RequestBody CoEvaluatorsRequest request) {
        if (!evaluator.equals(currentUser.id()) && !currentUser.inGroup(Groups.hr(organisation))) {
            throw new ForbiddenException("only the evaluator or HR");
        }
        model.servant(evaluator);
        return coEvaluators.designate(organisation, evaluator, request.coEvaluators(), currentUser.idOrSystem());
    }

    /**
     * The case of a result: the scorers are its evaluators, those of them designated as co-evaluators of
     * another scorer its co-evaluators.
     */
    private EvaluationCase caseOf(QuarterlyResult r) {
        Set<String> scorers = r.getScores().stream().map(EvaluatorScore::getEvaluatorLogin).collect(Collectors.toSet());
        Set<String> co = scorers.stream()
                .flatMap(scorer -> coEvaluators.designated(r.getOrganisationCode(), scorer).stream())
                .filter(scorers::contains).collect(Collectors.toSet());
        Set<String> evaluators = new HashSet<>(scorers);
        evaluators.removeAll(co);
        return new EvaluationCase(r.getOrganisationCode(), new QuarterRef(r.getOrganisationCode(), r.getServantLogin(),
                r.getYear(), r.getQuarter()).businessKey(), r.getServantLogin(), evaluators, co);
    }
}
