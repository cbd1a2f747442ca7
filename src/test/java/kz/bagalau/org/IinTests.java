package kz.bagalau.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IinTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "900101300017, ",                                     // check digit by the first weights
            "850515400306, ",                                     // first pass gives 10: second weights
            "900101300018, IIN check digit is wrong: please check the number",
            "90010130001, IIN must be exactly 12 digits",
            "90010130001a, IIN must be exactly 12 digits",
            "901301300017, IIN must start with a birth date YYMMDD",
            "900101700017, IIN digit 7 (century and sex) must be 1 to 6"})
    void validatesTheIin(String iin, String problem) {
        assertThat(Iin.problem(iin)).isEqualTo(problem);
    }
}
