package kz.bagalau.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import kz.bagalau.org.Edition;
import kz.bagalau.security.AccessPolicy;
import kz.bagalau.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/campaigns}: HR opens a period's campaign and watches its progress. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final Campaigns campaigns;
    private final AccessPolicy policy;

    CampaignController(Campaigns campaigns, AccessPolicy policy) {
        this.campaigns = campaigns;
        this.policy = policy;
    }

    record OpenRequest(@NotBlank String organisation, @NotBlank String period) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Campaigns.Started open(@Valid @RequestBody OpenRequest request) {
        policy.requireHrOrAdmin(request.organisation());
        return campaigns.start(request.organisation(), request.period());
    }

    @GetMapping("/{organisation}/{edition}/{period}")
    Campaigns.Progress progress(@PathVariable String organisation, @PathVariable String edition,
                                @PathVariable String period) {
        policy.requireHrOrAdmin(organisation);
        try {
            return campaigns.progress(organisation, Edition.fromCode(edition), CampaignPeriod.parse(period));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
