package kz.bagalau.quarterly;

import static kz.bagalau.quarterly.QuarterlyProcessSupport.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.support.BagalauPostgresTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A whole quarterly evaluation on a real PostgreSQL: engine, JPA records and Spin variables in one database. */
@BagalauPostgresTest
class QuarterlyEvaluationPostgresTests {

    @Autowired ProcessEngine engine;
    @Autowired OrganisationModel model;
    @Autowired QuarterlyResults results;

    @Test
    void aKz2025QuarterRunsToTheEndOnPostgresql() {
        QuarterlyProcessSupport.init(engine);
        OrgFixture f = OrgFixture.create(model, "pgq", Edition.KZ_2025);
        var pi = engine.getRuntimeService().startProcessInstanceByKey(QuarterlyEvaluations.PROCESS,
                new QuarterRef(f.code, f.spec1, 2026, 1).businessKey(),
                Map.of("organisation", f.code, "servant", f.spec1, "year", 2026, "quarter", 1, "evaluatedOn", "2026-04-10"));
        engine.getTaskService().complete(task(pi).getId(), scores(3, 3, 3, 3, 2));
        engine.getTaskService().complete(task(pi).getId(), Map.of("acknowledged", true));
        engine.getTaskService().complete(task(pi).getId(), Map.of("applyForCalibration", false));
        assertThat(pi).isEnded().hasPassed("EndEvent_ResultAccepted");
        var result = results.find(new QuarterRef(f.code, f.spec1, 2026, 1)).orElseThrow();
        assertThat(result.getFinalScore()).isEqualByComparingTo("2.80");
        assertThat(result.getGrade()).isEqualTo(Grade.SATISFACTORY);
    }
}
