package kz.shanyraq.ingest;

import kz.shanyraq.law.family.Iin;

import java.time.LocalDate;

/** Builds valid IINs for test persons: birth date, century-and-sex digit, serial, check digit. */
public final class TestIins {

    private TestIins() {
    }

    /** A valid IIN of a person born on that day, of that sex ('F' or 'M'), the serial picked from {@code serial} on. */
    public static String iin(LocalDate birth, char sex, int serial) {
        int century = switch (birth.getYear() / 100) {
            case 18 -> 1;
            case 19 -> 3;
            case 20 -> 5;
            default -> throw new IllegalArgumentException("no IIN century for " + birth);
        } + (sex == 'F' ? 1 : 0);
        for (int s = serial; ; s++) {
            String digits = String.format("%02d%02d%02d%d%04d", birth.getYear() % 100, birth.getMonthValue(),
                    birth.getDayOfMonth(), century, s % 10_000);
            int check = Iin.checkDigit(digits);
            if (check != 10) {
                return digits + check;
            }
        }
    }

    public static String iin(String birth, char sex, int serial) {
        return iin(LocalDate.parse(birth), sex, serial);
    }

    /** The same IIN with a wrong check digit. */
    public static String withWrongCheckDigit(String iin) {
        int wrong = (iin.charAt(11) - '0' + 1) % 10;
        return iin.substring(0, 11) + wrong;
    }
}
