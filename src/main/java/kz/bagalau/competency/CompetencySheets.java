package kz.bagalau.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.bagalau.scorecard.CompetencyLevel;
import kz.bagalau.scorecard.ScorecardDecisions;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competency sheets (000 §25-28): the form ticks the indicators observed during the year — checkbox
 * {@code c<competency>i<indicator>}, both 1-based in the order of {@link BehaviouralIndicators} — and the
 * level of each competency comes from DMN {@code competency-level} (3/4 or more observed: meets).
 */
@Service
@Transactional(noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
public class CompetencySheets {

    private final CompetencySheetRepository repository;
    private final BehaviouralIndicators indicators;
    private final ScorecardDecisions decisions;

    CompetencySheets(CompetencySheetRepository repository, BehaviouralIndicators indicators,
                     ScorecardDecisions decisions) {
        this.repository = repository;
        this.indicators = indicators;
        this.decisions = decisions;
    }

    /** The direct supervisor fills and signs the sheet; refused when the year's sheet was signed already. */
    public CompetencySheet fill(String organisationCode, String servantLogin, int year, IndicatorSet set,
                                String evaluatorLogin, Map<String, Object> values, String signedBy) {
        if (repository.findByServantLoginAndYear(servantLogin, year).isPresent()) {
            throw new BadRequestException("The competency sheet of " + servantLogin + " for " + year
                    + " was signed already");
        }
        List<CompetencyAssessment> assessments = new ArrayList<>();
        List<BehaviouralIndicators.Competency> competencies = indicators.competencies(set);
        for (int c = 1; c <= competencies.size(); c++) {
            BehaviouralIndicators.Competency competency = competencies.get(c - 1);
            List<String> observed = new ArrayList<>();
            for (int i = 1; i <= competency.indicators().size(); i++) {
                if (ticked(values.get(key(c, i)))) {
                    observed.add(String.valueOf(i));
                }
            }
            int total = competency.indicators().size();
            CompetencyLevel level = decisions.competencyLevel(observed.size(), total);
            assessments.add(new CompetencyAssessment(competency.code(), observed.size(), total,
                    String.join(",", observed), level));
        }
        return repository.save(new CompetencySheet(organisationCode, servantLogin, year, set, evaluatorLogin,
                assessments, signedBy, ClockUtil.getCurrentTime().toInstant()));
    }

    @Transactional(readOnly = true)
    public Optional<CompetencySheet> find(String servantLogin, int year) {
        return repository.findByServantLoginAndYear(servantLogin, year);
    }

    /** The form field of indicator {@code i} of competency {@code c}, both 1-based. */
    public static String key(int c, int i) {
        return "c" + c + "i" + i;
    }

    /** The sheet as a Markdown table for the forms' text views. */
    public String table(CompetencySheet sheet) {
        List<BehaviouralIndicators.Competency> competencies = indicators.competencies(sheet.getIndicatorSet());
        StringBuilder b = new StringBuilder("| Құзырет / Компетенция | Байқалды / Проявлено | Деңгейі / Уровень |\n"
                + "|---|---|---|\n");
        for (CompetencyAssessment a : sheet.getAssessments()) {
            BehaviouralIndicators.Competency c = competencies.stream().filter(x -> x.code().equals(a.getCompetency()))
                    .findFirst().orElseThrow();
            b.append("| ").append(c.nameKk()).append(" / ").append(c.nameRu()).append(" | ").append(a.getObserved())
                    .append(" / ").append(a.getTotal()).append(" | ").append(a.getLevel().kazakh()).append(" / ")
                    .append(a.getLevel().russian()).append(" |\n");
        }
        return b.toString();
    }

    private static boolean ticked(Object value) {
        return Boolean.TRUE.equals(value) || (value instanceof String s && s.equalsIgnoreCase("true"));
    }
}
