package kz.bagalau.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly grade («қорытынды баға» / «итоговая оценка»): the average of the calendar year's
 * quarterly final scores (004 §5; 003 §4 for ranking), graded by DMN {@code grade-band}. A partial
 * year is averaged over the quarters evaluated. Forming again replaces the grade, so a quarter
 * changed later by calibration is taken into account.
 */
@Service
@Transactional
public class YearlyGrades {

    private final QuarterlyResultRepository quarters;
    private final YearlyGradeRepository grades;
    private final ScorecardDecisions decisions;

    YearlyGrades(QuarterlyResultRepository quarters, YearlyGradeRepository grades, ScorecardDecisions decisions) {
        this.quarters = quarters;
        this.grades = grades;
        this.decisions = decisions;
    }

    /** Forms (or re-forms) a servant's grade; empty, and any earlier grade removed, when no quarter was graded. */
    public Optional<YearlyGrade> form(String servantLogin, int year) {
        List<QuarterlyResult> graded = quarters.findByServantLoginAndYearOrderByQuarterAsc(servantLogin, year).stream()
                .filter(q -> q.getFinalScore() != null)
                .toList();
        Optional<YearlyGrade> existing = grades.findByServantLoginAndYear(servantLogin, year);
        if (graded.isEmpty()) {
            existing.ifPresent(grades::delete);
            return Optional.empty();
        }
        BigDecimal average = ScoreCalculator.averageOf(graded.stream().map(QuarterlyResult::getFinalScore).toList());
        YearlyGrade grade = existing.orElseGet(() -> new YearlyGrade(servantLogin, year));
        grade.form(graded.get(graded.size() - 1).getOrganisationCode(), average, graded.size(),
                decisions.grade(average), Instant.now());
        return Optional.of(grades.save(grade));
    }

    /** Forms the grades of every servant with a quarter in the organisation that year (process {@code annual-grade}). */
    public List<YearlyGrade> formForOrganisation(String organisationCode, int year) {
        return quarters.findByOrganisationCodeAndYear(organisationCode, year).stream()
                .map(QuarterlyResult::getServantLogin).distinct().sorted()
                .map(servant -> form(servant, year))
                .flatMap(Optional::stream)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<YearlyGrade> find(String servantLogin, int year) {
        return grades.findByServantLoginAndYear(servantLogin, year);
    }
}
