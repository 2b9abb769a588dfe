package kz.shanyraq.law.labour;

import kz.shanyraq.law.family.Iin;

/**
 * Business identification number (БИН) of a legal entity: 12 digits — year and month of registration (YYMM), the
 * entity type (4 resident legal entity, 5 non-resident, 6 joint individual entrepreneurship), an attribute
 * (0 head office, 1 branch, 2 representative office, 3 peasant farm), a serial, and a check digit computed by the
 * same algorithm as the IIN's ({@link Iin#checkDigit}, the one definition; legal-parameters.md §8, source S56).
 */
public record Bin(String value) {

    public Bin {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why a string is not a valid BIN, or {@code null} if it is. */
    public static String problem(String value) {
        if (value == null || value.length() != 12 || !value.chars().allMatch(Character::isDigit)) {
            return "BIN must be exactly 12 digits";
        }
        int month = Integer.parseInt(value.substring(2, 4));
        if (month < 1 || month > 12) {
            return "BIN does not start with a registration year and month (YYMM)";
        }
        char type = value.charAt(4);
        if (type < '4' || type > '6') {
            return "BIN 5th digit (entity type) must be 4, 5 or 6";
        }
        char attribute = value.charAt(5);
        if (attribute < '0' || attribute > '3') {
            return "BIN 6th digit (head office, branch, representative office, peasant farm) must be 0 to 3";
        }
        int check = Iin.checkDigit(value);
        if (check == 10) {
            return "BIN is not issuable: its check digit cannot be computed";
        }
        if (check != value.charAt(11) - '0') {
            return "BIN check digit is wrong (expected " + check + ")";
        }
        return null;
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    /**
     * A valid BIN from its first 10 digits (YYMM, type, attribute, 4-digit serial) and a fifth serial digit chosen
     * so that the check digit exists; for generators and tests.
     */
    public static String complete(String firstTen) {
        for (int last = 0; last < 10; last++) {
            String eleven = firstTen + last;
            int check = Iin.checkDigit(eleven);
            if (check != 10) {
                return eleven + check;
            }
        }
        throw new IllegalArgumentException("no issuable BIN starts with " + firstTen);
    }

    @Override
    public String toString() {
        return value;
    }
}
