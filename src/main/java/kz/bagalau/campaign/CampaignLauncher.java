package kz.bagalau.campaign;

import java.util.List;
import java.util.Map;

import kz.bagalau.org.Edition;

/**
 * What a feature contributes to a campaign: the per-servant (or per-organisation) process it starts
 * for an edition and period. Implemented by each process feature as a Spring bean; the campaign
 * finds them all, so a new edition's process joins campaigns without touching this package.
 */
public interface CampaignLauncher {

    /** The process key it starts, e.g. {@code quarterly-evaluation}. */
    String processKey();

    /** Whether it runs in a campaign of this edition and period (quarter or year). */
    boolean appliesTo(Edition edition, CampaignPeriod period);

    /** Who it is started for: servants' logins, or the organisation code for an organisation-wide process. */
    List<String> targets(String organisationCode, CampaignPeriod period);

    /** Starts it; a {@code BadRequestException} means "not for this one", recorded with its message. */
    String launch(String organisationCode, String target, CampaignPeriod period);

    /** Outcome counts for the progress view, e.g. not eligible by reason; empty when it has none. */
    default Map<String, Long> outcomes(String organisationCode, CampaignPeriod period) {
        return Map.of();
    }
}
