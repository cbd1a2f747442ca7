package kz.bagalau.survey;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Organisations and questionnaires for the 360 tests. */
final class SurveyFixtures {

    static final int YEAR = 2026;
    private static final AtomicInteger ORGS = new AtomicInteger();

    private SurveyFixtures() {
    }

    /** 1 December 2026, 10:00 in Almaty: the survey of 2026 is due by 11 January 2027. */
    static void clockInDecember() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 1, 10, 0).atZone(ZoneId.of("Asia/Almaty"))
                .toInstant()));
    }

    /** An organisation whose unit has three specialists (spec1, spec2, spec3) under the unit head. */
    static OrgFixture org(OrganisationModel model, Edition edition) {
        OrgFixture f = OrgFixture.create(model, "s360-" + ORGS.incrementAndGet(), edition);
        f.addSpecialist(model, "spec3", OrgFixture.LONG_AGO);
        return f;
    }

    /** Ratings as a respondent submits them in Tasklist: answer360_<COMPETENCY> = "n" (text, as a radio group sends). */
    static Map<String, Object> formVariables(Map<Competency, Integer> ratings) {
        Map<String, Object> v = new HashMap<>();
        ratings.forEach((c, r) -> v.put(Ratings.PREFIX + c.name(), String.valueOf(r)));
        return v;
    }

    /** Every competency of the list for non-heads rated {@code all}, except the ones given. */
    static Map<Competency, Integer> ratings(int all, Object... exceptions) {
        Map<Competency, Integer> r = new HashMap<>();
        List<Competency> list = Competency.listFor(false);
        list.forEach(c -> r.put(c, all));
        for (int i = 0; i < exceptions.length; i += 2) {
            r.put((Competency) exceptions[i], (Integer) exceptions[i + 1]);
        }
        return r;
    }

    static String json(Map<Competency, Integer> ratings) {
        StringBuilder b = new StringBuilder("{\"ratings\":{");
        ratings.forEach((c, r) -> b.append('"').append(c.name()).append("\":").append(r).append(','));
        b.setLength(b.length() - 1);
        return b.append("}}").toString();
    }
}
