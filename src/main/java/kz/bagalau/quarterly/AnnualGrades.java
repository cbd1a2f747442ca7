package kz.bagalau.quarterly;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.bagalau.org.Edition;
import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.scorecard.YearlyGrades;
import kz.bagalau.security.Privileged;
import kz.bagalau.web.BadRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly grade («жылдық баға» / «годовая оценка») of the quarterly editions: process
 * {@code annual-grade} per organisation and year (004 §5), started for every such organisation by
 * {@code annual-grade-schedule} each 20 January, or by HR.
 */
@Service
@Transactional
public class AnnualGrades {

    public static final String PROCESS = "annual-grade";
    private static final Logger log = LoggerFactory.getLogger(AnnualGrades.class);

    private final OrganisationModel model;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;

    AnnualGrades(OrganisationModel model, RuntimeService runtimeService, HistoryService historyService,
                 IdentityService identityService) {
        this.model = model;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
    }

    public static String businessKey(String organisationCode, int year) {
        return organisationCode + "/annual-grade/" + year;
    }

    /** Starts the yearly grade of an organisation; refused when it ran no quarterly edition or was started. */
    public String start(String organisationCode, int year) {
        Edition edition = model.editionOn(organisationCode, LocalDate.of(year, 12, 31));
        if (edition.isYearlyCommission()) {
            throw new BadRequestException("Organisation '" + organisationCode + "' ran " + edition.code() + " in "
                    + year + ": its yearly result comes from the commission, not from quarterly scores");
        }
        String key = businessKey(organisationCode, year);
        // Asked as the system: HR may not read the history, and would see no duplicate.
        if (Privileged.call(identityService, () -> historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS).processInstanceBusinessKey(key).count()) > 0) {
            throw new BadRequestException("The yearly grade " + key + " was started already");
        }
        return Privileged.call(identityService, () -> runtimeService.startProcessInstanceByKey(PROCESS, key,
                Map.of("organisation", organisationCode, "year", year)).getId());
    }

    /** Starts the previous year's grade wherever it is due and not started; returns how many started. */
    int startDue(int year) {
        int started = 0;
        for (Organisation org : model.organisations()) {
            try {
                start(org.getCode(), year);
                started++;
            } catch (BadRequestException notDue) {
                log.info("annual-grade {} for {}: {}", year, org.getCode(), notDue.getMessage());
            }
        }
        return started;
    }

    @Bean
    static JavaDelegate formYearlyGrades(YearlyGrades grades) {
        return execution -> {
            List<?> formed = grades.formForOrganisation((String) execution.getVariable("organisation"),
                    QuarterVariables.integer(execution, "year"));
            execution.setVariable("gradesFormed", formed.size());
        };
    }

    @Bean
    static JavaDelegate startAnnualGrades(AnnualGrades annualGrades) {
        return execution -> {
            int year = ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Almaty")).getYear() - 1;
            execution.setVariable("year", year);
            execution.setVariable("organisationsStarted", annualGrades.startDue(year));
        };
    }
}
