package kz.bagalau.campaign;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignEntryRepository extends JpaRepository<CampaignEntry, Long> {
    List<CampaignEntry> findByCampaignKey(String campaignKey);

    boolean existsByCampaignKeyAndProcessKeyAndTarget(String campaignKey, String processKey, String target);
}
