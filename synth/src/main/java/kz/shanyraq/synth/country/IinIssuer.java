package kz.shanyraq.synth.country;

import kz.shanyraq.law.family.Iin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Issues the IINs of one chunk: birth date (YYMMDD), century-and-sex digit, a four-digit serial and the check
 * digit of {@link Iin#checkDigit}. Serials that would give check digit 10 are never issued (as in reality).
 *
 * <p>Chunks are generated in parallel, so the serial space of each birth date and sex is shared out without any
 * coordination: the k-th person of chunk c with that birth date and sex gets serial {@code c + k × chunks}. Two
 * chunks never produce the same serial, so IINs are unique across the country whatever the number of threads.
 */
final class IinIssuer {

    private final int chunk;
    private final int chunks;
    private final Map<Integer, Integer> issued = new HashMap<>();

    IinIssuer(int chunk, int chunks) {
        this.chunk = chunk;
        this.chunks = chunks;
    }

    String issue(LocalDate birth, boolean female) {
        int year = birth.getYear();
        int century = year < 1900 ? 1 : year < 2000 ? 3 : 5;
        int sexDigit = century + (female ? 1 : 0);
        int key = (int) birth.toEpochDay() * 2 + (female ? 1 : 0);
        int k = issued.getOrDefault(key, 0);
        char[] digits = new char[12];
        put(digits, 0, year % 100);
        put(digits, 2, birth.getMonthValue());
        put(digits, 4, birth.getDayOfMonth());
        digits[6] = (char) ('0' + sexDigit);
        while (true) {
            long serial = chunk + (long) k * chunks;
            if (serial > 9999) {
                throw new IllegalStateException("IIN serials exhausted for birth date " + birth + " in chunk " + chunk
                        + " of " + chunks + ": the synthetic country is too large for unique IINs (lower the scale)");
            }
            k++;
            int s = (int) serial;
            digits[7] = (char) ('0' + s / 1000);
            digits[8] = (char) ('0' + s / 100 % 10);
            digits[9] = (char) ('0' + s / 10 % 10);
            digits[10] = (char) ('0' + s % 10);
            int check = Iin.checkDigit(new String(digits, 0, 11));
            if (check != 10) {
                digits[11] = (char) ('0' + check);
                issued.put(key, k);
                return new String(digits);
            }
        }
    }

    private static void put(char[] digits, int at, int twoDigits) {
        digits[at] = (char) ('0' + twoDigits / 10);
        digits[at + 1] = (char) ('0' + twoDigits % 10);
    }
}
