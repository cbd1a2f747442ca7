package kz.bagalau.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The individual 360 report (003 §36; the forms of appendices 7-8 are not in the seeds): per competency the
 * respondents' average beside the self-assessment, the overall average of the respondents, and the weakest
 * competencies, which HR takes into account for training topics. The self-assessment is never counted (003 §35).
 * Withheld — no scores at all — while the questionnaire is open or when fewer than {@value #MIN_ANSWERS}
 * respondents answered.
 */
public record Report360(String survey, String servant, int year, boolean head, int respondents, int answered,
                        boolean withheld, String withheldReason, BigDecimal overallAverage,
                        List<CompetencyScore> competencies, List<CompetencyScore> weakest) {

    public static final int MIN_ANSWERS = 3;
    /** How many of the lowest averages are the training topics (on a tie, the order of 003 §34 decides). */
    public static final int WEAKEST = 3;

    /** One competency: the others' average (2 decimals, half up), the self-assessment and self minus others. */
    public record CompetencyScore(Competency competency, String nameKk, String nameRu, BigDecimal othersAverage,
                                  Integer self, BigDecimal selfMinusOthers) {}

    static Report360 withheld(Survey360 s, int respondents, String reason) {
        return new Report360(s.getBusinessKey(), s.getServantLogin(), s.getYear(), s.isHead(), respondents,
                s.getAnsweredCount(), true, reason, null, List.of(), List.of());
    }

    static Report360 of(Survey360 s, int respondents, SealedTally tally, Map<Competency, Integer> self) {
        List<Competency> list = Competency.listFor(s.isHead());
        int n = tally.answers();
        List<CompetencyScore> scores = new ArrayList<>();
        int total = 0;
        for (Competency c : list) {
            BigDecimal avg = average(tally.sum(c), n);
            Integer own = self.get(c);
            scores.add(new CompetencyScore(c, c.nameKk(), c.nameRu(), avg, own,
                    own == null ? null : BigDecimal.valueOf(own).subtract(avg)));
            total += tally.sum(c);
        }
        // Stable sort: on equal averages the order of 003 §34 decides.
        List<CompetencyScore> weakest = scores.stream().sorted(Comparator.comparing(CompetencyScore::othersAverage))
                .limit(WEAKEST).toList();
        return new Report360(s.getBusinessKey(), s.getServantLogin(), s.getYear(), s.isHead(), respondents, n, false,
                null, average(total, n * list.size()), scores, weakest);
    }

    /** What the direct supervisor sees: the overall average and the training topics, no per-competency scores. */
    public Report360 summary() {
        return new Report360(survey, servant, year, head, respondents, answered, withheld, withheldReason,
                overallAverage, List.of(), weakest.stream().map(w -> new CompetencyScore(w.competency(), w.nameKk(),
                        w.nameRu(), null, null, null)).toList());
    }

    /** The training topics as text for HR's task: "Kazakh / Russian" names of the weakest competencies. */
    String trainingTopics() {
        return String.join("; ", weakest.stream().map(w -> w.nameKk() + " / " + w.nameRu()).toList());
    }

    private static BigDecimal average(int sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
