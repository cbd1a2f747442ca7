package kz.bagalau.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The organisation model over {@code /api}, as HR and servants use it, on the demo data. */
@BagalauBootTest
class OrganisationApiTests {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    JsonNode body(java.net.http.HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    @Test
    void aServantSeesTheirOwnRecordAndGroups() throws Exception {
        var response = Rest.as(port, "mg.org.spec1", "bagalau").get("/api/me");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = body(response);
        assertThat(me.path("login").asText()).isEqualTo("mg.org.spec1");
        assertThat(me.path("groups").toString()).contains("org-mangistau");
        assertThat(me.path("servant").path("directSupervisor").asText()).isEqualTo("mg.org.head");
    }

    @Test
    void hrListsTheServantsOfItsOwnOrganisationOnly() throws Exception {
        var own = Rest.as(port, "mg.hr", "bagalau").get("/api/organisations/mangistau/servants");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(body(own).size()).isEqualTo(13);
        assertThat(Rest.as(port, "mg.hr", "bagalau").get("/api/organisations/rudny/servants").statusCode()).isEqualTo(403);
        assertThat(Rest.as(port, "mg.org.spec1", "bagalau").get("/api/organisations/mangistau/servants").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theOrganisationShowsTheEditionInForceOnADate() throws Exception {
        var before = body(Rest.as(port, "mg.hr", "bagalau").get("/api/organisations/mangistau/edition?date=2025-10-16"));
        var after = body(Rest.as(port, "mg.hr", "bagalau").get("/api/organisations/mangistau/edition?date=2025-10-17"));
        assertThat(before.path("edition").asText()).isEqualTo("KZ-2018");
        assertThat(after.path("edition").asText()).isEqualTo("KZ-2025");
    }

    @Test
    void aServantAsksWhoEvaluatesThem() throws Exception {
        var response = Rest.as(port, "mg.head", "bagalau").get("/api/servants/mg.head/evaluator?date=2026-04-15");
        JsonNode a = body(response);
        assertThat(a.path("method").asText()).isEqualTo("MANAGERIAL");
        assertThat(a.path("evaluator").asText()).isEqualTo("mg.chair");
        assertThat(Rest.as(port, "mg.org.spec1", "bagalau").get("/api/servants/mg.head/evaluator?date=2026-04-15")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void hrHiresAServantWhoCanThenLogIn() throws Exception {
        var hr = Rest.as(port, "al.hr", "bagalau");
        long position = positionOf("alatau", "al.org.spec1");
        var response = hr.post("/api/organisations/alatau/servants", """
                {"organisationCode":"alatau","login":"al.new1","fullNameKk":"Жаңа Маман Ұлы","fullNameRu":"Новый Специалист",
                 "iin":"900101300017","email":"al.new1@alatau.kz","preferredLanguage":"kk","positionId":%d,
                 "directSupervisorLogin":"al.org.head","appointedOn":"2026-11-02"}""".formatted(position));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(body(response).path("directSupervisor").asText()).isEqualTo("al.org.head");
        // Identity follows the model: a Camunda user in the organisation group, without a password yet.
        assertThat(Rest.as(port, "admin", "bagalau").get("/engine-rest/user?memberOfGroup=org-alatau&id=al.new1").body())
                .contains("al.new1");
    }

    @Test
    void badInputIs400WithTheReasonAndTheFields() throws Exception {
        var hr = Rest.as(port, "al.hr", "bagalau");
        long position = positionOf("alatau", "al.org.spec1");
        var badIin = hr.post("/api/organisations/alatau/servants", """
                {"organisationCode":"alatau","login":"al.new2","fullNameKk":"А","fullNameRu":"А","iin":"900101300018",
                 "positionId":%d,"appointedOn":"2026-11-02"}""".formatted(position));
        assertThat(badIin.statusCode()).isEqualTo(400);
        assertThat(body(badIin).path("message").asText()).isEqualTo("IIN check digit is wrong: please check the number");

        var missing = hr.post("/api/organisations/alatau/servants", """
                {"organisationCode":"alatau","login":"x y","fullNameRu":"А","positionId":%d}""".formatted(position));
        assertThat(missing.statusCode()).isEqualTo(400);
        JsonNode fields = body(missing).path("fieldErrors");
        assertThat(fields.toString()).contains("fullNameKk", "login", "appointedOn");

        var malformedDate = hr.get("/api/organisations/alatau/edition?date=2026-13-01");
        assertThat(malformedDate.statusCode()).isEqualTo(400);
        assertThat(body(malformedDate).path("message").asText()).contains("YYYY-MM-DD");

        var wrongJson = hr.post("/api/servants/al.org.spec2/absences", "{\"reason\":\"HOLIDAY\"}");
        assertThat(wrongJson.statusCode()).isEqualTo(400);
    }

    @Test
    void theEngineRestApiAnswersBadInputWith400() {
        var response = Rest.as(port, "admin", "bagalau").get("/engine-rest/task?dueAfter=not-a-date");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("InvalidRequestException");
    }

    @Autowired OrganisationModel model;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    /** The position a demo servant holds: a real position id of that organisation to hire into. */
    private long positionOf(String org, String login) {
        return new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(status -> model.servant(login).getPosition().getId());
    }
}
