package kz.bagalau.quarterly;

import static kz.bagalau.quarterly.QuarterlyProcessSupport.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.support.BagalauBootTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * A process owner lowers the EFFECTIVE band in {@code grade-band} and redeploys: new evaluations follow the
 * new table, an evaluation already running keeps the table it started with (issue 6, "Done when").
 */
@BagalauBootTest
class DecisionRedeploymentTests {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired OrganisationModel model;
    @Autowired QuarterlyResults results;

    @Test
    void runningEvaluationsKeepTheirGradeBandNewOnesUseTheRedeployedOne() throws IOException {
        QuarterlyProcessSupport.init(engine);
        OrgFixture f = OrgFixture.create(model, "redeploy", Edition.KZ_2025);
        ProcessInstance before = start(f, f.spec1);

        String changed = new String(new ClassPathResource("dmn/grade-band.dmn").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).replace("[4..5]", "[3.5..5]").replace("[3..4[", "[3..3.5[");
        var deployment = repositoryService.createDeployment().name("process owner: EFFECTIVE from 3.50")
                .addString("grade-band.dmn", changed).deploy();
        try {
            ProcessInstance after = start(f, f.spec2);
            // 4+4+3+3+4 = 3.60 for both: PROPER by the old table, EFFECTIVE by the new one.
            engine.getTaskService().complete(task(before).getId(), scores(4, 4, 3, 3, 4));
            engine.getTaskService().complete(task(after).getId(), scores(4, 4, 3, 3, 4));
            assertThat(results.find(new QuarterRef(f.code, f.spec1, 2026, 1)).orElseThrow().getGrade())
                    .isEqualTo(Grade.PROPER);
            assertThat(results.find(new QuarterRef(f.code, f.spec2, 2026, 1)).orElseThrow().getGrade())
                    .isEqualTo(Grade.EFFECTIVE);
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    private ProcessInstance start(OrgFixture f, String login) {
        return runtimeService.startProcessInstanceByKey(QuarterlyEvaluations.PROCESS,
                new QuarterRef(f.code, login, 2026, 1).businessKey(), Map.of("organisation", f.code, "servant", login,
                        "year", 2026, "quarter", 1, "evaluatedOn", "2026-04-10"));
    }
}
