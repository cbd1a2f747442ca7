package kz.bagalau.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.scorecard.EvaluatorScore;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.scorecard.QuarterlyResult;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.security.CurrentUser;
import kz.bagalau.security.Groups;
import kz.bagalau.web.NotFoundApiException;

/**
 * What the quarterly documents share: the result a request names, under the law's readers (003 §15,
 * §20; 004 §14 — the servant, the evaluators, HR of the organisation; to anyone else it does not
 * exist, as on {@code GET /api/quarterly-evaluations/...}), and the people and dates they print.
 */
@Component
class QuarterlyRecords {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final QuarterlyResults results;
    private final OrganisationModel model;
    private final CurrentUser currentUser;

    QuarterlyRecords(QuarterlyResults results, OrganisationModel model, CurrentUser currentUser) {
        this.results = results;
        this.model = model;
        this.currentUser = currentUser;
    }

    /** The path {@code <organisation>/<servant>/<year>/<quarter>}: the result, if the caller may read it. */
    QuarterlyResult readable(DocumentRequest request) {
        request.expect(4, "{organisation}/{servant}/{year}/{quarter}");
        String organisation = request.segment(0);
        String servant = request.segment(1);
        int year = request.number(2);
        int quarter = request.number(3);
        if (quarter < 1 || quarter > 4) {
            throw notFound(request);
        }
        return results.find(new QuarterRef(organisation, servant, year, quarter))
                .filter(this::mayRead)
                .orElseThrow(() -> notFound(request));
    }

    boolean isHr(QuarterlyResult result) {
        return currentUser.inGroup(Groups.hr(result.getOrganisationCode()));
    }

    private boolean mayRead(QuarterlyResult r) {
        String user = currentUser.id();
        return user != null && (r.getServantLogin().equals(user)
                || r.getScores().stream().map(EvaluatorScore::getEvaluatorLogin).anyMatch(user::equals)
                || isHr(r));
    }

    private static NotFoundApiException notFound(DocumentRequest request) {
        return new NotFoundApiException("No document " + request.type() + "/" + String.join("/", request.path())
                + " that you may see");
    }

    Organisation organisation(String code) {
        return model.organisation(code);
    }

    /** A person as the forms print them: full name and position, in the document's language. */
    Person person(String login, DocumentLanguage language) {
        if (login == null || !model.hasServant(login)) {
            return new Person(login, login, "");
        }
        Servant s = model.servant(login);
        String position = s.getPosition() == null ? ""
                : language.pick(s.getPosition().getTitleKk(), s.getPosition().getTitleRu());
        return new Person(login, s.fullName(language.code()), position);
    }

    /** What every quarterly document prints: organisation, servant, quarter, final score and grade. */
    Map<String, Object> model(QuarterlyResult r, Organisation organisation, DocumentLanguage language) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", language.pick(organisation.getNameKk(), organisation.getNameRu()));
        model.put("servant", person(r.getServantLogin(), language));
        model.put("year", r.getYear());
        model.put("quarter", r.getQuarter());
        model.put("finalScore", r.getFinalScore());
        model.put("grade", r.getGrade() == null ? null : language.pick(r.getGrade().kazakh(), r.getGrade().russian()));
        return model;
    }

    static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static LocalDate firstDay(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** A person printed on a document. */
    record Person(String login, String name, String position) {
    }
}
