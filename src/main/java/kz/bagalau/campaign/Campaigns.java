package kz.bagalau.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.bagalau.org.Edition;
import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.security.Privileged;
import kz.bagalau.web.BadRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation campaigns («бағалау науқаны» / «кампания оценки»): process {@code evaluation-campaign}
 * per organisation and period starts the edition's per-servant processes in batches, each batch one
 * transaction with its entries, so a restart neither repeats nor misses anyone, and reports progress.
 */
@Service
@Transactional(noRollbackFor = BadRequestException.class)
public class Campaigns {

    public static final String PROCESS = "evaluation-campaign";
    private static final Logger log = LoggerFactory.getLogger(Campaigns.class);
    private static final int CHUNK = 500;

    private final OrganisationModel model;
    private final List<CampaignLauncher> launchers;
    private final CampaignEntryRepository entries;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TaskService taskService;
    private final IdentityService identityService;

    @PersistenceContext
    private EntityManager entityManager;

    Campaigns(OrganisationModel model, List<CampaignLauncher> launchers, CampaignEntryRepository entries,
              RuntimeService runtimeService, HistoryService historyService, TaskService taskService,
              IdentityService identityService) {
        this.model = model;
        this.launchers = launchers;
        this.entries = entries;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    public static String campaignKey(String organisationCode, Edition edition, CampaignPeriod period) {
        return organisationCode + "/" + edition.code() + "/" + period;
    }

    public record Started(String processInstanceId, String campaignKey) {}

    /** HR opens the campaign of a period; the edition is the one in force at the period's end. */
    public Started start(String organisationCode, String periodText) {
        CampaignPeriod period;
        try {
            period = CampaignPeriod.parse(periodText);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        Organisation org = model.organisation(organisationCode);
        Edition edition = model.editionOn(organisationCode, period.lastDay());
        if (launchers.stream().noneMatch(l -> l.appliesTo(edition, period))) {
            throw new BadRequestException("Nothing to run for " + edition.code() + " in a "
                    + (period.isQuarter() ? "quarterly" : "yearly") + " campaign of " + period
                    + (edition.isYearlyCommission() ? ": this edition evaluates by year" : ""));
        }
        if (org.getAuthorizedPerson() == null) {
            throw new BadRequestException("Organisation '" + organisationCode
                    + "' has no authorized person to approve the schedule (003 §10)");
        }
        String key = campaignKey(organisationCode, edition, period);
        // Asked as the system: HR may not read the history, and would see no duplicate.
        if (Privileged.call(identityService, () -> historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS).processInstanceBusinessKey(key).count()) > 0) {
            throw new BadRequestException("The campaign " + key + " exists already");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("organisation", organisationCode);
        variables.put("edition", edition.code());
        variables.put("period", period.toString());
        variables.put("authorizedPerson", org.getAuthorizedPerson().getLogin());
        variables.put("timeZone", org.getZone().getId());
        // The schedule is due 5 working days after the campaign opens (reading: 003 §10 sets no deadline).
        variables.put("scheduleFrom", ClockUtil.getCurrentTime());
        variables.put("scheduleWithinDays", 5);
        String id = Privileged.call(identityService,
                () -> runtimeService.startProcessInstanceByKey(PROCESS, key, variables).getId());
        return new Started(id, key);
    }

    /**
     * Starts up to {@code batchSize} processes not started yet for this campaign. Everything it starts
     * commits with its entry, or nothing does.
     *
     * @return how many targets are still waiting after this batch
     */
    public int launchBatch(String organisationCode, Edition edition, CampaignPeriod period, int batchSize) {
        String key = campaignKey(organisationCode, edition, period);
        int done = 0;
        int waiting = 0;
        for (CampaignLauncher launcher : launchers) {
            if (!launcher.appliesTo(edition, period)) {
                continue;
            }
            // One select for who was handled already: a query per target made each batch cost O(N) round trips.
            Set<String> handled = new HashSet<>(entries.targets(key, launcher.processKey()));
            for (String target : launcher.targets(organisationCode, period)) {
                if (handled.contains(target)) {
                    continue;
                }
                if (done >= batchSize) {
                    waiting++;
                    continue;
                }
                try {
                    String businessKey = launcher.launch(organisationCode, target, period);
                    entries.save(new CampaignEntry(key, launcher.processKey(), target, businessKey,
                            CampaignEntry.Status.LAUNCHED, null));
                } catch (BadRequestException notForThisOne) {
                    entries.save(new CampaignEntry(key, launcher.processKey(), target, null,
                            CampaignEntry.Status.SKIPPED, notForThisOne.getMessage()));
                }
                done++;
                // Keep the persistence context to one evaluation's entities: every JPA query auto-flushes, i.e.
                // dirty-checks everything managed, and a batch of 100 starts made that quadratic in the batch.
                entityManager.flush();
                entityManager.clear();
            }
        }
        log.info("Campaign {}: {} handled in this batch, {} waiting", key, done, waiting);
        return waiting;
    }

    /** What the campaign did, how far its processes are and who is late. */
    public record Progress(String campaignKey, long launched, long running, long ended, long overdueTasks,
                           List<Skipped> skipped, Map<String, Map<String, Long>> outcomes) {}

    public record Skipped(String process, String target, String reason) {}

    @Transactional(readOnly = true)
    public Progress progress(String organisationCode, Edition edition, CampaignPeriod period) {
        String key = campaignKey(organisationCode, edition, period);
        List<CampaignEntry> all = entries.findByCampaignKey(key);
        List<String> launched = all.stream().filter(e -> e.getStatus() == CampaignEntry.Status.LAUNCHED)
                .map(CampaignEntry::getBusinessKey).toList();
        // Counted as the system: the caller (HR of the organisation) was checked, and may not read every task.
        long[] counts = Privileged.call(identityService, () -> {
            long ended = 0;
            long overdue = 0;
            for (int i = 0; i < launched.size(); i += CHUNK) {
                String[] chunk = launched.subList(i, Math.min(launched.size(), i + CHUNK)).toArray(String[]::new);
                ended += historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(chunk)
                        .finished().count();
                overdue += taskService.createTaskQuery().processInstanceBusinessKeyIn(chunk)
                        .dueBefore(ClockUtil.getCurrentTime()).count();
            }
            return new long[] {ended, overdue};
        });
        long ended = counts[0];
        long overdue = counts[1];
        List<Skipped> skipped = all.stream().filter(e -> e.getStatus() == CampaignEntry.Status.SKIPPED)
                .map(e -> new Skipped(e.getProcessKey(), e.getTarget(), e.getReason())).toList();
        Map<String, Map<String, Long>> outcomes = new LinkedHashMap<>();
        for (CampaignLauncher l : launchers) {
            if (l.appliesTo(edition, period)) {
                outcomes.put(l.processKey(), l.outcomes(organisationCode, period));
            }
        }
        return new Progress(key, launched.size(), launched.size() - ended, ended, overdue, new ArrayList<>(skipped),
                outcomes);
    }

    /** Whether every launched process has ended and nobody is waiting to be launched. */
    @Transactional(readOnly = true)
    public boolean finished(String organisationCode, Edition edition, CampaignPeriod period, int waiting) {
        if (waiting > 0) {
            // Not finished while anyone waits: the progress (queries over every launched process) is not needed,
            // and computing it after every batch made a launch quadratic in the organisation's size.
            return false;
        }
        Progress p = progress(organisationCode, edition, period);
        return waiting == 0 && p.running() == 0
                && !ClockUtil.getCurrentTime().toInstant().isBefore(period.lastDay().plusDays(1)
                        .atStartOfDay(model.organisation(organisationCode).getZone()).toInstant());
    }
}
