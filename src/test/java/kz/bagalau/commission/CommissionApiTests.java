package kz.bagalau.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HR records the commission's orders and proposes meetings over {@code /api} (000 §5, §29, §31, §34). */
@BagalauBootTest
class CommissionApiTests {

    private static final AtomicInteger ORGS = new AtomicInteger();
    private static final String PASSWORD = "Commission-Pass-1";

    @LocalServerPort int port;
    @Autowired OrganisationModel model;
    @Autowired IdentitySync identity;

    OrgFixture org() {
        OrgFixture f = OrgFixture.create(model, "cma" + ORGS.incrementAndGet(), Edition.KZ_2018);
        for (String login : new String[] {f.hr, f.head}) {
            identity.setPassword(login, PASSWORD);
        }
        return f;
    }

    Rest as(String login) {
        return Rest.as(port, login, PASSWORD);
    }

    static String order(String no, String amends, String chair, String secretary, String... members) {
        return "{\"orderNo\":\"" + no + "\",\"orderDate\":\"" + LocalDate.of(2026, 1, 15) + "\","
                + (amends == null ? "" : "\"amendsOrderNo\":\"" + amends + "\",") + "\"chair\":\"" + chair
                + "\",\"secretary\":\"" + secretary + "\",\"members\":[\"" + String.join("\",\"", members) + "\"]}";
    }

    @Test
    void hrRecordsTheFormingOrderAndChangesMembersOnlyByAnAmendingOrder_000_5_31_34() {
        OrgFixture f = org();
        String path = "/api/organisations/" + f.code + "/commission-orders";
        String m1 = f.addSpecialist(model, "m1", OrgFixture.LONG_AGO);
        String m2 = f.addSpecialist(model, "m2", OrgFixture.LONG_AGO);

        assertThat(as(f.head).post(path, order("1", null, f.head, f.hr, f.unitHead, f.spec1, f.spec2, m1))
                .statusCode()).isEqualTo(403);
        var four = as(f.hr).post(path, order("1", null, f.head, f.hr, f.unitHead, f.spec1, f.spec2));
        assertThat(four.statusCode()).isEqualTo(400);
        assertThat(four.body()).contains("at least 5");
        var hrSecretary = as(f.hr).post(path, order("1", null, f.head, f.spec1, f.unitHead, f.spec2, m1, m2));
        assertThat(hrSecretary.statusCode()).isEqualTo(400);
        assertThat(hrSecretary.body()).contains("HR service");

        var formed = as(f.hr).post(path, order("1", null, f.head, f.hr, f.unitHead, f.spec1, f.spec2, m1));
        assertThat(formed.statusCode()).isEqualTo(201);
        assertThat(formed.body()).contains("\"role\":\"SECRETARY\"", "\"role\":\"CHAIR\"");

        var replaced = as(f.hr).post(path, order("2", null, f.head, f.hr, f.unitHead, f.spec1, f.spec2, m2));
        assertThat(replaced.statusCode()).isEqualTo(400);
        assertThat(replaced.body()).contains("amending");
        var amended = as(f.hr).post(path, order("2", "1", f.head, f.hr, f.unitHead, f.spec1, f.spec2, m2));
        assertThat(amended.statusCode()).isEqualTo(201);
        assertThat(amended.body()).contains("\"amendsOrderId\":");

        var list = as(f.hr).get(path);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"orderNo\":\"1\"", "\"orderNo\":\"2\"");
    }

    @Test
    void aMeetingWithoutHandedOverSheetsOrWithTooShortANoticeIsRefused_000_29() {
        OrgFixture f = org();
        String m1 = f.addSpecialist(model, "m1", OrgFixture.LONG_AGO);
        as(f.hr).post("/api/organisations/" + f.code + "/commission-orders",
                order("1", null, f.head, f.hr, f.unitHead, f.spec1, f.spec2, m1));
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        var tooSoon = as(f.hr).post("/api/commission-meetings", "{\"organisation\":\"" + f.code
                + "\",\"year\":2025,\"date\":\"" + tomorrow + "\"}");
        assertThat(tooSoon.statusCode()).isEqualTo(400);
        assertThat(tooSoon.body()).contains("at least 7 working days");
        var noSheets = as(f.hr).post("/api/commission-meetings", "{\"organisation\":\"" + f.code
                + "\",\"year\":2025,\"date\":\"" + LocalDate.now().plusDays(30) + "\"}");
        assertThat(noSheets.statusCode()).isEqualTo(400);
        assertThat(noSheets.body()).contains("handed");
    }
}
