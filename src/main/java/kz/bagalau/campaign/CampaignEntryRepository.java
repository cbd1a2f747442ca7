package kz.bagalau.campaign;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignEntryRepository extends JpaRepository<CampaignEntry, Long> {
    List<CampaignEntry> findByCampaignKey(String campaignKey);

    boolean existsByCampaignKeyAndProcessKeyAndTarget(String campaignKey, String processKey, String target);

    /** Everyone a campaign handled for a process already, in one select (a batch checks every target against it). */
    @Query("select e.target from CampaignEntry e where e.campaignKey = ?1 and e.processKey = ?2")
    List<String> targets(String campaignKey, String processKey);
}
