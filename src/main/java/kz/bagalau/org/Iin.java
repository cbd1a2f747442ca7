package kz.bagalau.org;

/**
 * The individual identification number («жеке сәйкестендіру нөмірі», ЖСН / «индивидуальный
 * идентификационный номер», ИИН): 12 digits, birth date YYMMDD, a century-and-sex digit 1–6, and a
 * check digit computed with weights 1..11 (and 3..11,1,2 when the first pass gives 10).
 */
public final class Iin {

    private Iin() {
    }

    /** @return {@code null} when valid, otherwise why not, in words a person can act on */
    public static String problem(String iin) {
        if (iin == null || !iin.matches("\\d{12}")) {
            return "IIN must be exactly 12 digits";
        }
        int month = Integer.parseInt(iin.substring(2, 4));
        int day = Integer.parseInt(iin.substring(4, 6));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return "IIN must start with a birth date YYMMDD";
        }
        char century = iin.charAt(6);
        if (century < '1' || century > '6') {
            return "IIN digit 7 (century and sex) must be 1 to 6";
        }
        int check = checkDigit(iin, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        if (check == 10) {
            check = checkDigit(iin, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2});
        }
        if (check == 10 || check != iin.charAt(11) - '0') {
            return "IIN check digit is wrong: please check the number";
        }
        return null;
    }

    private static int checkDigit(String iin, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (iin.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
