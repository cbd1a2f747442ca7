package kz.bagalau.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/calendar} over HTTP, as users and administrators call it. */
@BagalauBootTest
class CalendarApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLERK = "calendar-clerk";
    private static final String CLERK_PASSWORD = "clerk-password";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    private Rest admin;

    @BeforeEach
    void setUp() {
        admin = Rest.as(port, "admin", "bagalau");
        if (identityService.createUserQuery().userId(CLERK).count() == 0) {
            var user = identityService.newUser(CLERK);
            user.setPassword(CLERK_PASSWORD);
            identityService.saveUser(user);
        }
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    @Test
    void theSecondWorkingDayAfterFriday7March2025IsWednesday12March() {
        JsonNode answer = json(Rest.as(port, CLERK, CLERK_PASSWORD)
                .get("/api/calendar/working-days?from=2025-03-07&add=2"), 200);
        assertThat(answer.toString()).isEqualTo("{\"from\":\"2025-03-07\",\"add\":2,\"date\":\"2025-03-12\"}");
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void everyDayOfTheYearAnswersAsTheOfficialCalendar(int year) {
        // add=0 answers the day itself exactly when it is a working day (methodology §Deadlines, docs/calendar.md).
        OfficialCalendars.Official official = OfficialCalendars.YEARS.get(year);
        List<String> mismatches = new ArrayList<>();
        OfficialCalendarTests.days(year).forEach(d -> {
            String date = json(admin.get("/api/calendar/working-days?from=" + d + "&add=0"), 200).get("date").asText();
            if (date.equals(d.toString()) != official.isWorkingDay(d)) {
                mismatches.add(d + " " + d.getDayOfWeek() + " -> " + date);
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void theYearsNonStandardDaysAreTheOfficialOnes(int year) {
        OfficialCalendars.Official official = OfficialCalendars.YEARS.get(year);
        JsonNode answer = json(admin.get("/api/calendar/days?year=" + year), 200);
        assertThat(answer.get("actLoaded").asBoolean()).isTrue();
        Map<LocalDate, Boolean> listed = new HashMap<>();
        answer.get("days").forEach(d -> listed.put(LocalDate.parse(d.get("date").asText()), d.get("working").asBoolean()));
        OfficialCalendarTests.days(year).forEach(d -> {
            boolean weekend = d.getDayOfWeek().getValue() > 5;
            boolean working = listed.getOrDefault(d, !weekend);
            assertThat(working).as(d + " " + d.getDayOfWeek()).isEqualTo(official.isWorkingDay(d));
        });
        assertThat(answer.get("days").findValuesAsText("source")).allSatisfy(s -> assertThat(s).isNotBlank());
    }

    @Test
    void eachNonStandardDayNamesItsKindAndSource() {
        JsonNode days = json(admin.get("/api/calendar/days?year=2025"), 200).get("days");
        Map<String, JsonNode> byDate = new HashMap<>();
        days.forEach(d -> byDate.put(d.get("date").asText(), d));
        assertThat(byDate.get("2025-03-22").get("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(byDate.get("2025-03-25").get("kind").asText()).isEqualTo("MOVED_DAY_OFF");
        assertThat(byDate.get("2025-03-25").get("source").asText()).isEqualTo("statute");
        assertThat(byDate.get("2025-01-03").get("kind").asText()).isEqualTo("TRANSFERRED_DAY_OFF");
        assertThat(byDate.get("2025-01-05").get("kind").asText()).isEqualTo("WORKING_WEEKEND");
        assertThat(byDate.get("2025-01-05").get("source").asText()).contains("2025");
        assertThat(byDate.get("2025-06-06").get("name").asText()).contains("Kurban Ait");
    }

    @ParameterizedTest(name = "{0} -> 400 {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/calendar/working-days?from=2025-03-07&add=-1  | between 0 and 366
            /api/calendar/working-days?from=2025-03-07&add=367 | between 0 and 366
            /api/calendar/working-days?from=2025-13-07&add=2   | YYYY-MM-DD
            /api/calendar/working-days?from=07.03.2025&add=2   | YYYY-MM-DD
            /api/calendar/working-days?from=2025-03-07&add=two | 'add'
            /api/calendar/working-days?add=2                   | 'from' is required
            /api/calendar/working-days?from=2025-03-07         | 'add' is required
            /api/calendar/working-days?from=1999-12-31&add=1   | between 2000 and 2100
            /api/calendar/days?year=2101                       | between 2000 and 2100
            /api/calendar/days                                 | 'year' is required
            """)
    void badInputIsA400WithAClearMessage(String path, String message) {
        assertThat(json(admin.get(path), 400).get("message").asText()).contains(message);
    }

    @Test
    void theCalendarNeedsALogin() {
        assertThat(Rest.anonymous(port).get("/api/calendar/working-days?from=2025-03-07&add=2").statusCode())
                .isEqualTo(401);
    }

    @Test
    void anAdministratorLoadsAYearWithAReasonAndTheChangeIsAudited() {
        String body = """
                {"kurbanAit":"2090-02-20","act":"Order No 1 of 2089 «О переносе дня отдыха в 2090 году»",
                 "daysOff":["2090-06-05"],"workingDays":["2090-06-03"],"reason":"Act published on 1 December 2089"}""";
        JsonNode saved = json(admin.put("/api/calendar/years/2090", body), 200);
        assertThat(saved.get("daysOff").toString()).isEqualTo("[\"2090-06-05\"]");

        // Takes effect at once on this node: Saturday 3 June 2090 works, Monday 5 June is a day off.
        assertThat(json(admin.get("/api/calendar/working-days?from=2090-06-02&add=1"), 200).get("date").asText())
                .isEqualTo("2090-06-03");
        assertThat(json(admin.get("/api/calendar/working-days?from=2090-06-02&add=2"), 200).get("date").asText())
                .isEqualTo("2090-06-06");

        JsonNode audit = json(admin.get("/api/calendar/audit?year=2090"), 200);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("changedBy").asText()).isEqualTo("admin");
        assertThat(audit.get(0).get("reason").asText()).isEqualTo("Act published on 1 December 2089");
        assertThat(audit.get(0).get("changedAt").asText()).isNotBlank();
        assertThat(audit.get(0).has("previousValue")).isFalse();
        assertThat(audit.get(0).get("newValue").asText()).contains("2090-06-05");

        // A correction keeps the history: the second row shows what was there before.
        json(admin.put("/api/calendar/years/2090", body.replace("2090-06-05", "2090-06-09")
                .replace("2090-06-03", "2090-06-10").replace("Act published", "Typo corrected")), 200);
        JsonNode history = json(admin.get("/api/calendar/audit?year=2090"), 200);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("reason").asText()).startsWith("Typo corrected");
        assertThat(history.get(0).get("previousValue").asText()).contains("2090-06-05");
        assertThat(json(admin.get("/api/calendar/years"), 200).findValuesAsText("year")).contains("2090", "2025");
    }

    @Test
    void aChangeWithoutAReasonIsRefused() {
        String body = """
                {"kurbanAit":"2091-02-09","act":"Order of 2090","daysOff":[],"workingDays":[],"reason":"  "}""";
        assertThat(json(admin.put("/api/calendar/years/2091", body), 400).get("message").asText())
                .contains("reason is required");
        assertThat(json(admin.get("/api/calendar/days?year=2091"), 200).get("actLoaded").asBoolean()).isFalse();
    }

    @Test
    void aYearThatContradictsTheStatuteIsRefusedWithTheReason() {
        String body = """
                {"kurbanAit":"2092-01-30","act":"Order of 2091","daysOff":["2092-03-08"],"workingDays":["2092-03-10"],
                 "reason":"test"}""";
        String message = json(admin.put("/api/calendar/years/2092", body), 400).get("message").asText();
        assertThat(message).contains("day off 2092-03-08 is not a working day by statute")
                .contains("working day 2092-03-10 must be a Saturday or Sunday");
    }

    @Test
    void onlyAdministratorsChangeTheCalendarOrReadItsAuditAndWarnings() {
        Rest clerk = Rest.as(port, CLERK, CLERK_PASSWORD);
        String body = """
                {"kurbanAit":"2093-01-18","act":"Order of 2092","daysOff":[],"workingDays":[],"reason":"mine"}""";
        assertThat(clerk.put("/api/calendar/years/2093", body).statusCode()).isEqualTo(403);
        assertThat(clerk.get("/api/calendar/audit").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/api/calendar/warnings").statusCode()).isEqualTo(403);
        assertThat(json(admin.get("/api/calendar/days?year=2093"), 200).get("actLoaded").asBoolean()).isFalse();
    }

    @Test
    void theShippedYearsAreLoadedAtStartWithTheirAudit() {
        JsonNode audit = json(admin.get("/api/calendar/audit?year=2025"), 200);
        assertThat(audit).isNotEmpty();
        assertThat(audit.get(audit.size() - 1).get("changedBy").asText()).isEqualTo("system");
        assertThat(audit.get(audit.size() - 1).get("reason").asText()).contains("calendar/kz-years.json");
    }

    @Test
    void aComputationInAYearWithoutActIsListedForAdministrators() {
        assertThat(json(admin.get("/api/calendar/working-days?from=2094-03-06&add=1"), 200).get("date").asText())
                .as("8 March 2094 is a Monday holiday; 9 March works by statute").isEqualTo("2094-03-09");
        JsonNode warnings = json(admin.get("/api/calendar/warnings"), 200);
        assertThat(warnings.get("missingYears").findValuesAsText("year")).contains("2094");
        assertThat(warnings.has("comingYearsWithoutAct")).isTrue();
    }
}
