package kz.bagalau.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import kz.bagalau.quarterly.QuarterlyEvaluations;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.support.BagalauBootTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real thing in a real Chromium: in the demo KZ-2025 organisation the head of apparatus finds the
 * quarterly evaluation sheet in Bagalau's "My tasks" filter, scores it in Kazakh, and the servant reads
 * the grade in Russian and acknowledges it (issue 6 "Done when", issue 16).
 */
@BagalauBootTest
class BrowserQuarterlyEvaluationTests {

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired QuarterlyResults results;

    @Test
    void theHeadOfApparatusScoresInKazakhAndTheServantAcknowledgesInRussian() {
        QuarterRef ref = new QuarterRef("mangistau", "mg.org.spec2", 2026, 1);
        ProcessInstance pi = runtime.startProcessInstanceByKey(QuarterlyEvaluations.PROCESS, ref.businessKey(),
                Map.of("organisation", "mangistau", "servant", "mg.org.spec2", "year", 2026, "quarter", 1,
                        "evaluatedOn", "2026-04-10"));

        try (WebappBrowser browser = WebappBrowser.start("http://localhost:" + port, "kk")) {
            browser.openLoginPage();
            browser.logIn("mg.head", "bagalau");
            browser.openFilter("Менің тапсырмаларым / Мои задачи");
            browser.openTask("Бағалау парағын толтыру / Заполнить оценочный лист");
            assertThat(browser.bodyText()).contains("Басшы емес лауазымдағы тұлғаның бағалау парағы",
                    "2026 ж. 1-тоқсан / 1 квартал 2026 г.");
            assertThat(browser.visible(".ce-eol-banner")).isEmpty();
            browser.fill("1. Функционалдық міндеттерді орындау сапасы", "5");
            browser.fill("2. Тапсырмаларды орындау мерзімдерін сақтау", "4");
            browser.fill("3. Тәуелсіздік және бастамашылық", "4");
            browser.fill("4. Еңбек тәртібін сақтау", "5");
            browser.fill("5. Тәртіптік жазалардың болмауы", "5");
            browser.screenshot("kk-quarterly-1-score");
            browser.completeTask();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("Task_AcknowledgeResult"));
        }
        assertThat(results.find(ref).orElseThrow().getFinalScore()).isEqualByComparingTo("4.60");
        assertThat(results.find(ref).orElseThrow().getGrade()).isEqualTo(Grade.EFFECTIVE);

        try (WebappBrowser browser = WebappBrowser.start("http://localhost:" + port, "ru")) {
            browser.openLoginPage();
            browser.logIn("mg.org.spec2", "bagalau");
            browser.openFilter("Менің тапсырмаларым / Мои задачи");
            browser.openTask("Нәтижемен танысу / Ознакомиться с результатом");
            assertThat(browser.bodyText()).contains("4.6", "Выполняет функциональные обязанности эффективно");
            browser.tick("Нәтижемен таныстым / С результатом ознакомлен(а)");
            browser.screenshot("ru-quarterly-2-acknowledge");
            browser.completeTask();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("Task_CalibrationWindow"));
        }
    }
}
