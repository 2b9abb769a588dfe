package kz.shanyraq.law.family;

import java.time.LocalDate;

/**
 * Makes valid IINs for test families: YYMMDD, the century-and-sex digit, a 4-digit serial and the check digit
 * ({@link Iin#checkDigit}). Serials whose check digit would be 10 are never issued, so the next serial is taken.
 */
public final class TestIins {

    private TestIins() {
    }

    /** A valid IIN for a person born on {@code birth}, using the first issuable serial from {@code serial}. */
    public static String of(LocalDate birth, Sex sex, int serial) {
        String prefix = String.format("%02d%02d%02d%d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), centuryAndSex(birth.getYear(), sex));
        for (int s = serial; s <= 9999; s++) {
            String eleven = prefix + String.format("%04d", s);
            int check = Iin.checkDigit(eleven);
            if (check != 10) {
                return eleven + check;
            }
        }
        throw new IllegalArgumentException("no issuable serial from " + serial);
    }

    /** 1/2 for 1800–1899, 3/4 for 1900–1999, 5/6 for 2000–2099: odd for men, even for women. */
    static int centuryAndSex(int year, Sex sex) {
        int base = switch (year / 100) {
            case 18 -> 1;
            case 19 -> 3;
            case 20 -> 5;
            default -> throw new IllegalArgumentException("IINs encode births 1800–2099 only, not " + year);
        };
        return sex == Sex.MALE ? base : base + 1;
    }

    /** The same IIN with a wrong check digit (for refusal tests). */
    public static String withWrongCheckDigit(String iin) {
        int wrong = (iin.charAt(11) - '0' + 1) % 10;
        return iin.substring(0, 11) + wrong;
    }
}
