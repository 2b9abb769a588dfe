package kz.shanyraq.app.lifeevents;

import java.util.regex.Pattern;

/**
 * An event's recorded outcome as shown to staff whose role reads no personal data (operators, administrators): the
 * outcome texts name IINs ("person 900101300016 is not in the registry") and families ("family 17 on …"); both are
 * withheld, the rest (what was done, how many rights and offers) is kept.
 */
final class EventOutcomes {

    /** Any run of 12 digits: an IIN (or a BIN, withheld all the same). */
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern FAMILY_ID = Pattern.compile("(?i)\\bfamily \\d+");

    private EventOutcomes() {
    }

    static String withoutIdentifiers(String outcome) {
        if (outcome == null) {
            return null;
        }
        String s = TWELVE_DIGITS.matcher(outcome).replaceAll("············");
        return FAMILY_ID.matcher(s).replaceAll("the family");
    }
}
