package kz.bagalau.plan;

import java.time.LocalDate;
import java.util.List;

import kz.bagalau.campaign.CampaignLauncher;
import kz.bagalau.campaign.CampaignPeriod;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrganisationModel;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The yearly KPI editions (KZ-2018, KZ-2023T) in a yearly campaign: {@code work-plan-approval} for every
 * corps "B" servant at the start of the year (000 §9), {@code kpi-evaluation} once the year is over (000 §17).
 * Until then the KPI evaluation has no targets, so the campaign's later runs start it when its time comes.
 */
@Configuration(proxyBeanMethods = false)
class YearlyCampaignLaunchers {

    private static boolean yearly(Edition edition, CampaignPeriod period) {
        return edition.isYearlyCommission() && !period.isQuarter();
    }

    private static List<String> corpsB(OrganisationModel model, String organisationCode, CampaignPeriod period) {
        return model.corpsBServantsDuring(organisationCode, period.firstDay(), period.lastDay());
    }

    @Bean
    CampaignLauncher workPlanLauncher(OrganisationModel model, YearlyKpiEvaluations evaluations) {
        return new CampaignLauncher() {
            @Override
            public String processKey() {
                return YearlyKpiEvaluations.WORK_PLAN_APPROVAL;
            }

            @Override
            public boolean appliesTo(Edition edition, CampaignPeriod period) {
                return yearly(edition, period);
            }

            @Override
            public List<String> targets(String organisationCode, CampaignPeriod period) {
                return corpsB(model, organisationCode, period);
            }

            @Override
            public String launch(String organisationCode, String target, CampaignPeriod period) {
                return evaluations.startWorkPlan(organisationCode, target, period.year()).businessKey();
            }
        };
    }

    @Bean
    CampaignLauncher kpiEvaluationLauncher(OrganisationModel model, YearlyKpiEvaluations evaluations, WorkPlans plans) {
        return new CampaignLauncher() {
            @Override
            public String processKey() {
                return YearlyKpiEvaluations.KPI_EVALUATION;
            }

            @Override
            public boolean appliesTo(Edition edition, CampaignPeriod period) {
                return yearly(edition, period);
            }

            /**
             * Nobody before the year is over (the sheets evaluate the whole year, 000 §18), and only servants
             * whose plan is approved: a plan still in approval is picked up by a later run, not skipped.
             */
            @Override
            public List<String> targets(String organisationCode, CampaignPeriod period) {
                LocalDate today = ClockUtil.getCurrentTime().toInstant()
                        .atZone(model.organisation(organisationCode).getZone()).toLocalDate();
                if (!today.isAfter(period.lastDay())) {
                    return List.of();
                }
                return corpsB(model, organisationCode, period).stream()
                        .filter(login -> plans.find(login, period.year())
                                .filter(p -> p.getStatus() == WorkPlanStatus.APPROVED).isPresent())
                        .toList();
            }

            @Override
            public String launch(String organisationCode, String target, CampaignPeriod period) {
                return evaluations.startKpiEvaluation(organisationCode, target, period.year(), null).businessKey();
            }
        };
    }
}
