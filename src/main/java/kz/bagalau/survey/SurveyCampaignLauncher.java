package kz.bagalau.survey;

import java.util.List;

import kz.bagalau.campaign.CampaignLauncher;
import kz.bagalau.campaign.CampaignPeriod;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrganisationModel;
import org.springframework.stereotype.Component;

/** KZ-2023 in a yearly campaign: the 360 survey of every corps "B" servant (003 §33–36). */
@Component
class SurveyCampaignLauncher implements CampaignLauncher {

    private final OrganisationModel model;
    private final Surveys360 surveys;

    SurveyCampaignLauncher(OrganisationModel model, Surveys360 surveys) {
        this.model = model;
        this.surveys = surveys;
    }

    @Override
    public String processKey() {
        return Surveys360.PROCESS;
    }

    @Override
    public boolean appliesTo(Edition edition, CampaignPeriod period) {
        return edition == Edition.KZ_2023 && !period.isQuarter();
    }

    @Override
    public List<String> targets(String organisationCode, CampaignPeriod period) {
        return model.corpsBServantsDuring(organisationCode, period.firstDay(), period.lastDay());
    }

    @Override
    public String launch(String organisationCode, String target, CampaignPeriod period) {
        return surveys.start(organisationCode, target, period.year()).businessKey();
    }
}
