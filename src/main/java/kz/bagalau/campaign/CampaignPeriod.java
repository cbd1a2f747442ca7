package kz.bagalau.campaign;

import java.time.LocalDate;

/**
 * The period of a campaign: a quarter ("2026-Q3", quarterly editions) or a year ("2026": yearly
 * KPI editions, the 360 survey, the yearly grade).
 */
public record CampaignPeriod(int year, Integer quarter) {

    public static CampaignPeriod parse(String text) {
        if (text != null && text.matches("\\d{4}")) {
            return new CampaignPeriod(Integer.parseInt(text), null);
        }
        if (text != null && text.matches("\\d{4}-Q[1-4]")) {
            return new CampaignPeriod(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(6)));
        }
        throw new IllegalArgumentException("Period '" + text + "' must be a year (2026) or a quarter (2026-Q3)");
    }

    public boolean isQuarter() {
        return quarter != null;
    }

    public LocalDate firstDay() {
        return isQuarter() ? LocalDate.of(year, (quarter - 1) * 3 + 1, 1) : LocalDate.of(year, 1, 1);
    }

    public LocalDate lastDay() {
        return isQuarter() ? firstDay().plusMonths(3).minusDays(1) : LocalDate.of(year, 12, 31);
    }

    @Override
    public String toString() {
        return isQuarter() ? year + "-Q" + quarter : String.valueOf(year);
    }
}
