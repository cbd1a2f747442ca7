package kz.bagalau.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.bagalau.calendar.WorkingDays;
import kz.bagalau.document.Pdfs;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "In the demo KZ-2018 organisation a whole meeting runs in Tasklist" (issue 7): with the demo logins of
 * {@code rudny}, the commission and the sheets the demo seeds, over the same REST API Tasklist uses
 * ({@code /engine-rest}) and Bagalau's {@code /api}: proposal, the chair's agreement, the notice to the evaluators,
 * attendance, the members' votes, protocol and signatures, the authorized person's approval, acquaintance —
 * every task with its due date.
 */
@BagalauBootTest
class CommissionDemoMeetingTests {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String PASSWORD = "bagalau";
    private static final List<String> PRESENT = List.of("rd.head", "rd.org.head", "rd.law.head", "rd.law.spec1");

    @LocalServerPort int port;
    @Autowired ManagementService managementService;
    @Autowired WorkingDays workingDays;
    @Autowired OrganisationModel model;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> tasksSeen = new ArrayList<>();

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    void aWholeMeetingRunsWithTheDemoLoginsOfRudny_000_29_43() throws Exception {
        int year = LocalDate.now(ALMATY).getYear() - 1;
        Rest hr = Rest.as(port, "rd.hr", PASSWORD);
        assertThat(hr.get("/api/organisations/rudny/commission-orders").body()).contains("\"orderNo\":\"1-ө\"",
                "\"role\":\"SECRETARY\"");

        LocalDate day = workingDays.addWorkingDays(LocalDate.now(ALMATY), 7);
        var proposed = hr.post("/api/commission-meetings", "{\"organisation\":\"rudny\",\"year\":" + year
                + ",\"date\":\"" + day + "\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String pid = json.readTree(proposed.body()).get("processInstanceId").asText();
        long id = json.readTree(proposed.body()).get("meetingId").asLong();

        complete("rd.head", pid, "Task_AgreeDate", Map.of("decision", "AGREE"));
        // The evaluators of the two servants on the agenda read the notice in Tasklist.
        complete("rd.org.head", pid, "Task_ReadNotice", Map.of("noticeRead", true));
        complete("rd.law.head", pid, "Task_ReadNotice", Map.of("noticeRead", true));

        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ALMATY).toInstant()));
        complete("rd.hr", pid, "Task_RecordAttendance", Map.of("present", String.join(", ", PRESENT)));
        for (String servant : List.of("rd.org.spec1", "rd.law.spec3")) {
            for (String member : PRESENT) {
                boolean revise = servant.equals("rd.law.spec3") && !member.equals("rd.law.spec1");
                var vote = Rest.as(port, member, PASSWORD).post("/api/commission-meetings/" + id + "/agenda/"
                        + servant + "/votes", revise ? "{\"vote\":\"REVISE\",\"revisedGrade\":\"EFFECTIVE\"}"
                        : "{\"vote\":\"APPROVE\"}");
                assertThat(vote.statusCode()).as(vote.body()).isEqualTo(201);
            }
        }
        runJobs(pid);
        complete("rd.hr", pid, "Task_DraftProtocol", Map.of("conclusion", "Нәтижелер бекітілсін / Утвердить результаты"));
        for (String member : PRESENT) {
            complete(member, pid, "Task_SignProtocol", Map.of());
        }
        complete("rd.authorized", pid, "Task_ApproveResults", Map.of("decision", "APPROVE"));
        complete("rd.hr", pid, "Task_AcquaintServant", Map.of("outcome", "SIGNED"));
        complete("rd.hr", pid, "Task_AcquaintServant", Map.of("outcome", "SIGNED"));

        JsonNode meeting = json.readTree(hr.get("/api/commission-meetings/" + id).body());
        assertThat(meeting.get("status").asText()).isEqualTo("APPROVED");
        assertThat(meeting.get("protocol")).hasSize(2).allSatisfy(line ->
                assertThat(line.get("finalResult").asBoolean()).isTrue());
        assertThat(meeting.get("protocol").findValuesAsText("correctedGrade")).contains("EFFECTIVE");
        assertThat(meeting.get("signatures")).hasSize(5);
        // The protocol as PDF (002 appendix 11): for HR, the authorized person and the members; 404 for others.
        var kk = pdf("rd.authorized", "/api/documents/commission-protocol/" + id + "?lang=kk");
        assertThat(kk.statusCode()).isEqualTo(200);
        Pdfs.Read kkText = Pdfs.read(kk.body()); // also: every font is the embedded DejaVu and draws the Kazakh letters
        assertThat(kkText.pages()).isGreaterThanOrEqualTo(1);
        for (String expected : List.of("Бағалау жөніндегі комиссия отырысының хаттамасы",
                model.servant("rd.org.spec1").getFullNameKk(), Grade.EFFECTIVE.kazakh(), "Комиссияның хатшысы",
                day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))) {
            assertThat(kkText.has(expected)).as("the Kazakh protocol shows %s", expected).isTrue();
        }
        // What the authorized person approved is provable later: the same bytes and checksum on a second download.
        var again = pdf("rd.authorized", "/api/documents/commission-protocol/" + id + "?lang=kk");
        assertThat(again.headers().firstValue("X-Document-SHA256"))
                .isEqualTo(kk.headers().firstValue("X-Document-SHA256")).isPresent();
        assertThat(again.body()).isEqualTo(kk.body());
        var ru = pdf("rd.org.head", "/api/documents/commission-protocol/" + id + "?lang=ru");
        assertThat(ru.statusCode()).isEqualTo(200);
        Pdfs.Read ruText = Pdfs.read(ru.body());
        for (String expected : List.of("Протокол заседания комиссии по оценке",
                model.servant("rd.law.spec3").getFullNameRu(), "Член комиссии")) {
            assertThat(ruText.has(expected)).as("the Russian protocol shows %s", expected).isTrue();
        }
        assertThat(pdf("rd.org.spec3", "/api/documents/commission-protocol/" + id + "?lang=ru").statusCode())
                .isEqualTo(404);
        assertThat(pdf("rd.hr", "/api/documents/commission-protocol/" + id + "?lang=ru").statusCode()).isEqualTo(200);

        assertThat(tasksSeen).contains("Task_AgreeDate", "Task_ReadNotice", "Task_RecordAttendance",
                "Task_DraftProtocol", "Task_SignProtocol", "Task_ApproveResults", "Task_AcquaintServant");
    }

    private java.net.http.HttpResponse<byte[]> pdf(String login, String path) {
        return Pdfs.get(port, login, PASSWORD, path);
    }

    /** As {@code login} in Tasklist: finds the task it may work on, checks its due date, completes it. */
    private void complete(String login, String pid, String key, Map<String, Object> variables) throws Exception {
        runJobs(pid);
        Rest user = Rest.as(port, login, PASSWORD);
        var list = user.get("/engine-rest/task?processInstanceId=" + pid + "&taskDefinitionKey=" + key);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode task = null;
        for (JsonNode t : json.readTree(list.body())) {
            if (t.get("assignee").isNull() || t.get("assignee").asText().equals(login)) {
                task = t;
                break;
            }
        }
        assertThat(task).as(login + " sees " + key).isNotNull();
        assertThat(task.get("due").isNull()).as("due date of " + key).isFalse();
        tasksSeen.add(key);
        Map<String, Object> body = new LinkedHashMap<>();
        variables.forEach((k, v) -> body.put(k, Map.of("value", v)));
        var done = user.post("/engine-rest/task/" + URLEncoder.encode(task.get("id").asText(), StandardCharsets.UTF_8)
                + "/complete", json.writeValueAsString(Map.of("variables", body)));
        assertThat(done.statusCode()).as(key + ": " + done.body()).isEqualTo(204);
        runJobs(pid);
    }

    /** The asynchronous continuations the job executor would run (it is off in tests). */
    private void runJobs(String pid) {
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processInstanceId(pid).messages().list()).isEmpty()) {
            jobs.forEach(j -> managementService.executeJob(j.getId()));
        }
    }
}
