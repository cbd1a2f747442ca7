package kz.bagalau.scorecard;

/** One servant's quarter in one organisation, named by stable business keys. */
public record QuarterRef(String organisationCode, String servantLogin, int year, int quarter) {

    public QuarterRef {
        if (organisationCode == null || organisationCode.isBlank() || servantLogin == null || servantLogin.isBlank()) {
            throw new IllegalArgumentException("A quarter needs an organisation code and a servant login");
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1..4, not " + quarter);
        }
    }

    /** The process business key of issue 6: {@code <organisation>/<servant>/<year>-Q<n>}. */
    public String businessKey() {
        return organisationCode + "/" + servantLogin + "/" + year + "-Q" + quarter;
    }
}
