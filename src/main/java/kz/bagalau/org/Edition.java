package kz.bagalau.org;

import java.util.Arrays;

/**
 * An edition of the evaluation methodology («бағалау әдістемесі» / «методика оценки»).
 * Each organisation runs the edition it adopted, by effective date (see {@link Organisation#editionOn}).
 */
public enum Edition {
    /** Yearly KPI plan, competencies and commission (seeds 000, 001). */
    KZ_2018("KZ-2018"),
    /** The 2023 transitional chapter of seed 002: as KZ-2018, other grade names, 3 WD notice. */
    KZ_2023T("KZ-2023T"),
    /** Quarterly KPI (heads) and ranking (staff), yearly 360, calibration (seed 003). */
    KZ_2023("KZ-2023"),
    /** Quarterly five-parameter scorecard for everyone, calibration (seed 004). */
    KZ_2025("KZ-2025");

    private final String code;

    Edition(String code) {
        this.code = code;
    }

    /** The code used in process variables and DMN inputs, e.g. {@code "KZ-2025"}. */
    public String code() {
        return code;
    }

    public boolean isYearlyCommission() {
        return this == KZ_2018 || this == KZ_2023T;
    }

    public static Edition fromCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equalsIgnoreCase(code) || e.name().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown methodology edition '" + code
                        + "'; expected one of KZ-2018, KZ-2023T, KZ-2023, KZ-2025"));
    }
}
