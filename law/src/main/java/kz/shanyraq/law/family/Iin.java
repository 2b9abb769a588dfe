package kz.shanyraq.law.family;

/**
 * Individual identification number (ИИН): 12 digits, YYMMDD, century-and-sex digit, serial, check digit
 * (Government decree of 11.06.2003 No. 565; algorithm in legal-parameters.md §8).
 */
public record Iin(String value) {

    private static final int[] W1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] W2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    public Iin {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why a string is not a valid IIN, or {@code null} if it is. */
    public static String problem(String value) {
        if (value == null || value.length() != 12 || !value.chars().allMatch(Character::isDigit)) {
            return "IIN must be exactly 12 digits";
        }
        int month = Integer.parseInt(value.substring(2, 4));
        int day = Integer.parseInt(value.substring(4, 6));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return "IIN does not start with a valid date of birth (YYMMDD)";
        }
        char century = value.charAt(6);
        if (century < '1' || century > '6') {
            return "IIN 7th digit (century and sex) must be 1 to 6";
        }
        int check = checkDigit(value);
        if (check == 10) {
            return "IIN is not issuable: its check digit cannot be computed";
        }
        if (check != value.charAt(11) - '0') {
            return "IIN check digit is wrong (expected " + check + ")";
        }
        return null;
    }

    /** The check digit for the first 11 digits; 10 means such a number is never issued. */
    public static int checkDigit(String digits) {
        int c = weighted(digits, W1);
        if (c == 10) {
            c = weighted(digits, W2);
        }
        return c;
    }

    private static int weighted(String digits, int[] w) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * w[i];
        }
        return sum % 11;
    }

    @Override
    public String toString() {
        return value;
    }
}
