package kz.bagalau.quarterly;

import java.util.List;
import java.util.Map;

import kz.bagalau.campaign.CampaignLauncher;
import kz.bagalau.campaign.CampaignPeriod;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.scorecard.QuarterlyResults;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The quarterly editions in a campaign: {@code quarterly-evaluation} for every corps "B" servant in a
 * quarterly campaign (KZ-2025, KZ-2023), {@code annual-grade} for the organisation in a yearly one (004 §5).
 */
@Configuration(proxyBeanMethods = false)
class QuarterlyCampaignLaunchers {

    private static boolean quarterlyEdition(Edition edition) {
        return edition == Edition.KZ_2025 || edition == Edition.KZ_2023;
    }

    @Bean
    CampaignLauncher quarterlyEvaluationLauncher(OrganisationModel model, QuarterlyEvaluations evaluations,
                                                 QuarterlyResults results) {
        return new CampaignLauncher() {
            @Override
            public String processKey() {
                return QuarterlyEvaluations.PROCESS;
            }

            @Override
            public boolean appliesTo(Edition edition, CampaignPeriod period) {
                return quarterlyEdition(edition) && period.isQuarter();
            }

            /** Corps "B" servants in the position at some time in the quarter (joiners are picked up on later runs). */
            @Override
            public List<String> targets(String organisationCode, CampaignPeriod period) {
                return model.corpsBServantsDuring(organisationCode, period.firstDay(), period.lastDay());
            }

            @Override
            public String launch(String organisationCode, String target, CampaignPeriod period) {
                return evaluations.start(organisationCode, target, period.year(), period.quarter(), null).businessKey();
            }

            @Override
            public Map<String, Long> outcomes(String organisationCode, CampaignPeriod period) {
                return results.outcomes(organisationCode, period.year(), period.quarter());
            }
        };
    }

    @Bean
    CampaignLauncher annualGradeLauncher(AnnualGrades annualGrades) {
        return new CampaignLauncher() {
            @Override
            public String processKey() {
                return AnnualGrades.PROCESS;
            }

            @Override
            public boolean appliesTo(Edition edition, CampaignPeriod period) {
                return quarterlyEdition(edition) && !period.isQuarter();
            }

            @Override
            public List<String> targets(String organisationCode, CampaignPeriod period) {
                return List.of(organisationCode);
            }

            @Override
            public String launch(String organisationCode, String target, CampaignPeriod period) {
                annualGrades.start(organisationCode, period.year());
                return AnnualGrades.businessKey(organisationCode, period.year());
            }
        };
    }
}
