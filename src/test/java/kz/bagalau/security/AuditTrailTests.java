package kz.bagalau.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The audit trail (003 §14): changes of a calendar year and refusals are recorded; only administrators query it. */
@BagalauBootTest
@Import(SecurityTestBeans.class)
class AuditTrailTests {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @Test
    void aCalendarChangeAndARefusedOneAreInTheTrail() throws Exception {
        String body = """
                {"kurbanAit":"2090-02-20","act":"Order No 1 of 2089","daysOff":["2090-06-05"],
                 "workingDays":["2090-06-03"],"reason":"Act published"}""";
        var hr = Rest.as(port, "mg.hr", "bagalau").put("/api/calendar/years/2090", body);
        assertThat(hr.statusCode()).isEqualTo(403);
        var saved = Rest.as(port, "admin", "bagalau").put("/api/calendar/years/2090", body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        JsonNode trail = json.readTree(Rest.as(port, "admin", "bagalau")
                .get("/api/audit?resourceType=CALENDAR_YEAR&resourceId=2090").body());
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).path("action").asText()).isEqualTo("CHANGE");
        assertThat(trail.get(0).path("actor").asText()).isEqualTo("admin");
        assertThat(trail.get(0).path("detail").asText()).isEqualTo("Act published");
        assertThat(trail.get(1).path("action").asText()).isEqualTo("DENIED");
        assertThat(trail.get(1).path("actor").asText()).isEqualTo("mg.hr");

        JsonNode byActor = json.readTree(Rest.as(port, "admin", "bagalau")
                .get("/api/audit?actor=mg.hr&action=DENIED&limit=5").body());
        assertThat(byActor).isNotEmpty().allSatisfy(e -> assertThat(e.path("actor").asText()).isEqualTo("mg.hr"));
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        assertThat(Rest.as(port, "mg.hr", "bagalau").get("/api/audit").statusCode()).isEqualTo(403);
        assertThat(Rest.as(port, "mg.org.spec1", "bagalau").get("/api/audit").statusCode()).isEqualTo(403);
        assertThat(Rest.as(port, "admin", "bagalau").get("/api/audit").statusCode()).isEqualTo(200);
    }
}
