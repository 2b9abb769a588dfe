package kz.shanyraq.synth.country;

import kz.shanyraq.law.family.Iin;

/**
 * The employers of the synthetic country: 3 000 per region, each with a valid business identification number
 * (БИН: registration year and month, entity type 4 = resident legal entity, attribute 0 = head office, serial,
 * check digit by the IIN algorithm). Only their БИН appears in the registry (employment contracts).
 */
public final class Employers {

    public static final int PER_REGION = 3000;

    private Employers() {
    }

    /** The БИН of employer {@code index} (0 … 2999) of the region with position {@code regionIndex} (0 … 19). */
    public static String bin(int regionIndex, int index) {
        int year = 1995 + index % 30;
        int month = 1 + (index / 30) % 12;
        int serial = 10_000 + regionIndex * 100 + index / 360;
        char[] digits = new char[12];
        digits[0] = (char) ('0' + year % 100 / 10);
        digits[1] = (char) ('0' + year % 10);
        digits[2] = (char) ('0' + month / 10);
        digits[3] = (char) ('0' + month % 10);
        digits[4] = '4';
        digits[5] = '0';
        for (int attempt = 0; ; attempt++) {
            int s = serial + attempt * 20_000;
            for (int i = 4; i >= 0; i--) {
                digits[6 + i] = (char) ('0' + s % 10);
                s /= 10;
            }
            int check = Iin.checkDigit(new String(digits, 0, 11));
            if (check != 10) {
                digits[11] = (char) ('0' + check);
                return new String(digits);
            }
        }
    }
}
