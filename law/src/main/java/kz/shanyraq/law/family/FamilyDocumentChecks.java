package kz.shanyraq.law.family;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of a family document that a JSON Schema cannot express. They read the raw document and skip any
 * value the schema already refuses (a missing or malformed field), so that all problems are found in one pass.
 */
final class FamilyDocumentChecks {

    /** Disability groups are set from this age; a younger child with disability has no group. */
    private static final int GROUP_AGE = 7;

    private final JsonNode doc;
    private final LocalDate on;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, LocalDate> birthById = new HashMap<>();
    private final Map<String, String> memberByIin = new HashMap<>();

    private FamilyDocumentChecks(JsonNode doc, LocalDate on) {
        this.doc = doc;
        this.on = on;
    }

    /** Every problem found; {@code on} (the evaluation date, may be null) enables the checks that depend on it. */
    static List<Problem> check(JsonNode document, LocalDate on) {
        FamilyDocumentChecks checks = new FamilyDocumentChecks(document, on);
        if (document.isObject()) {
            checks.run();
        }
        return checks.problems;
    }

    private void run() {
        JsonNode members = doc.path("members");
        if (members.isArray()) {
            for (int i = 0; i < members.size(); i++) {
                identify(members.get(i), "/members/" + i, i);
            }
            heads(members);
            for (int i = 0; i < members.size(); i++) {
                member(members.get(i), "/members/" + i);
            }
        }
        JsonNode incomes = doc.path("incomes");
        for (int k = 0; k < incomes.size() && incomes.isArray(); k++) {
            income(incomes.get(k), "/incomes/" + k);
        }
        JsonNode loans = doc.path("loans");
        for (int k = 0; k < loans.size() && loans.isArray(); k++) {
            loan(loans.get(k), "/loans/" + k);
        }
        JsonNode loss = doc.path("breadwinnerLoss");
        if (loss.isObject()) {
            breadwinnerLoss(loss, "/breadwinnerLoss");
        }
        JsonNode assets = doc.path("assets");
        for (String kind : List.of("realEstate", "vehicles", "landPlots", "livestock")) {
            JsonNode items = assets.path(kind);
            for (int k = 0; k < items.size() && items.isArray(); k++) {
                asset(items.get(k), "/assets/" + kind + "/" + k);
            }
        }
    }

    /** An asset's owner is a member; its holding period does not end before it starts. */
    private void asset(JsonNode asset, String at) {
        if (!asset.isObject()) {
            return;
        }
        notBefore(asset, "until", "from", at);
        String memberId = text(asset, "memberId");
        if (memberId != null) {
            known(at + "/memberId", memberId);
        }
    }

    // ---- identity: ids, IINs --------------------------------------------------------------------------------

    private void identify(JsonNode m, String at, int index) {
        if (!m.isObject()) {
            return;
        }
        String id = text(m, "id");
        LocalDate birth = date(m, "birthDate");
        if (id != null) {
            Integer first = indexById.putIfAbsent(id, index);
            if (first != null) {
                add(at + "/id", "duplicate member id '" + id + "' (also /members/" + first + ")");
            } else if (birth != null) {
                birthById.put(id, birth);
            }
        }
        String iin = text(m, "iin");
        if (iin != null && isTwelveDigits(iin)) {
            iin(at + "/iin", iin, birth, text(m, "sex"));
            String other = memberByIin.putIfAbsent(iin, at);
            if (other != null) {
                add(at + "/iin", "duplicate IIN " + iin + " (also " + other + ")");
            }
        }
    }

    /** Check digit, and the birth date and sex the IIN encodes against those recorded. */
    private void iin(String at, String iin, LocalDate birth, String sex) {
        String problem = Iin.problem(iin);
        if (problem != null) {
            add(at, problem + ": " + iin);
        }
        if (birth == null) {
            return;
        }
        String yymmdd = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth());
        if (!iin.startsWith(yymmdd)) {
            add(at, "IIN " + iin + " starts with " + iin.substring(0, 6) + " but the birth date " + birth
                    + " gives " + yymmdd + " (YYMMDD)");
        }
        int digit = iin.charAt(6) - '0';
        if (digit < 1 || digit > 6) {
            return;
        }
        int century = 1800 + 100 * ((digit - 1) / 2);
        if (birth.getYear() / 100 * 100 != century) {
            add(at, "IIN 7th digit " + digit + " is for births in " + century + "–" + (century + 99)
                    + ", but the birth date is " + birth);
        }
        boolean male = digit % 2 == 1;
        if (sex != null && (sex.equals("male") || sex.equals("female")) && male != sex.equals("male")) {
            add(at, "IIN 7th digit " + digit + " is for a " + (male ? "man" : "woman") + ", but sex is " + sex);
        }
    }

    private void heads(JsonNode members) {
        int heads = 0;
        for (JsonNode m : members) {
            if ("head".equals(text(m, "relation"))) {
                heads++;
            }
        }
        if (heads != 1) {
            add("/members", "exactly one member must have relation 'head' (found " + heads + ")");
        }
    }

    // ---- one member -----------------------------------------------------------------------------------------

    private void member(JsonNode m, String at) {
        if (!m.isObject()) {
            return;
        }
        String id = text(m, "id");
        LocalDate birth = date(m, "birthDate");
        String sex = text(m, "sex");

        String motherId = text(m, "motherId");
        if (motherId != null && known(at + "/motherId", motherId)) {
            if (motherId.equals(id)) {
                add(at + "/motherId", "a member cannot be their own mother");
            } else {
                LocalDate motherBirth = birthById.get(motherId);
                if (birth != null && motherBirth != null && !motherBirth.isBefore(birth)) {
                    add(at + "/motherId", "the mother '" + motherId + "' (born " + motherBirth
                            + ") is not born before the child (born " + birth + ")");
                }
            }
        }
        JsonNode caresFor = m.path("caresFor");
        for (int k = 0; k < caresFor.size() && caresFor.isArray(); k++) {
            String other = caresFor.get(k).isTextual() ? caresFor.get(k).asText() : null;
            if (other != null && known(at + "/caresFor/" + k, other) && other.equals(id)) {
                add(at + "/caresFor/" + k, "a member cannot care for themselves");
            }
        }
        JsonNode disability = m.path("disability");
        if (disability.isObject()) {
            disability(disability, at + "/disability", birth);
        }
        JsonNode study = m.path("study");
        if (study.isObject()) {
            notBeforeBirth(study, "from", at + "/study", birth);
            notBefore(study, "until", "from", at + "/study");
        }
        JsonNode employment = m.path("employment");
        if (employment.isObject()) {
            notBeforeBirth(employment, "jobLostOn", at + "/employment", birth);
            notBeforeBirth(employment, "registeredUnemployedOn", at + "/employment", birth);
        }
        JsonNode maternity = m.path("maternity");
        if (maternity.isObject()) {
            if ("male".equals(sex)) {
                add(at + "/maternity", "pregnancy and childbirth leave is for women; the member is male");
            }
            notBeforeBirth(maternity, "leaveStartsOn", at + "/maternity", birth);
        }
        JsonNode awards = m.path("awards");
        for (int k = 0; k < awards.size() && awards.isArray(); k++) {
            if ("male".equals(sex)) {
                add(at + "/awards/" + k, "awarded-mother awards are given to mothers; the member is male");
            }
            notBeforeBirth(awards.get(k), "awardedOn", at + "/awards/" + k, birth);
        }
        JsonNode insurance = m.path("socialInsurance");
        if (insurance.isObject()) {
            socialInsurance(insurance, at + "/socialInsurance", birth == null ? null : YearMonth.from(birth), null);
        }
    }

    private void disability(JsonNode d, String at, LocalDate birth) {
        notBeforeBirth(d, "from", at, birth);
        notBefore(d, "until", "from", at);
        JsonNode group = d.path("group");
        LocalDate from = date(d, "from");
        if (!(group.isMissingNode() || group.isNull()) || birth == null || from == null) {
            return;
        }
        LocalDate until = date(d, "until");
        if (ageOn(birth, from) >= GROUP_AGE) {
            add(at + "/group", "group 1, 2 or 3 is required: the member was " + ageOn(birth, from)
                    + " on " + from + " and groups are set from age " + GROUP_AGE);
        } else if (on != null && !on.isBefore(from) && (until == null || !on.isAfter(until))
                && ageOn(birth, on) >= GROUP_AGE) {
            add(at + "/group", "group 1, 2 or 3 is required: the member is " + ageOn(birth, on)
                    + " on the evaluation date " + on + " and groups are set from age " + GROUP_AGE);
        }
    }

    /**
     * Contributions are possible only while the person lives: not before the month of birth, not after the month
     * of death; the career total cannot be shorter than the months listed.
     */
    private void socialInsurance(JsonNode s, String at, YearMonth born, YearMonth died) {
        JsonNode contributions = s.path("contributions");
        int listed = 0;
        for (int k = 0; k < contributions.size() && contributions.isArray(); k++) {
            JsonNode c = contributions.get(k);
            listed++;
            YearMonth month = month(c, "month");
            if (month == null) {
                continue;
            }
            if (born != null && month.isBefore(born)) {
                add(at + "/contributions/" + k + "/month", month + " is before the member's birth (" + born + ")");
            }
            if (died != null && month.isAfter(died)) {
                add(at + "/contributions/" + k + "/month", month + " is after the month of death (" + died + ")");
            }
        }
        JsonNode participation = s.path("participationMonths");
        if (participation.isInt() && participation.asInt() >= 0 && participation.asInt() < listed) {
            add(at + "/participationMonths", participation.asInt() + " months is fewer than the " + listed
                    + " months of contributions listed");
        }
    }

    // ---- incomes, loans, loss of breadwinner ----------------------------------------------------------------

    private void income(JsonNode income, String at) {
        String memberId = text(income, "memberId");
        if (memberId == null || !known(at + "/memberId", memberId)) {
            return;
        }
        YearMonth month = month(income, "month");
        LocalDate birth = birthById.get(memberId);
        if (month != null && birth != null && month.isBefore(YearMonth.from(birth))) {
            add(at + "/month", month + " is before the birth of member '" + memberId + "' (" + birth + ")");
        }
    }

    private void loan(JsonNode loan, String at) {
        notBefore(loan, "closedOn", "openedOn", at);
        String memberId = text(loan, "memberId");
        if (memberId != null && known(at + "/memberId", memberId)) {
            LocalDate birth = birthById.get(memberId);
            LocalDate opened = date(loan, "openedOn");
            if (birth != null && opened != null && opened.isBefore(birth)) {
                add(at + "/openedOn", opened + " is before the birth of member '" + memberId + "' (" + birth + ")");
            }
        }
    }

    private void breadwinnerLoss(JsonNode loss, String at) {
        JsonNode dependants = loss.path("dependants");
        for (int k = 0; k < dependants.size() && dependants.isArray(); k++) {
            if (dependants.get(k).isTextual()) {
                known(at + "/dependants/" + k, dependants.get(k).asText());
            }
        }
        String iin = text(loss, "deceasedIin");
        if (iin != null && isTwelveDigits(iin)) {
            String problem = Iin.problem(iin);
            if (problem != null) {
                add(at + "/deceasedIin", problem + ": " + iin);
            }
            String member = memberByIin.get(iin);
            if (member != null) {
                add(at + "/deceasedIin", "IIN " + iin + " is the IIN of a member (" + member
                        + "); the deceased is not a member of the family");
            }
        }
        JsonNode insurance = loss.path("deceasedInsurance");
        LocalDate died = date(loss, "diedOn");
        if (insurance.isObject()) {
            socialInsurance(insurance, at + "/deceasedInsurance", null, died == null ? null : YearMonth.from(died));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** Whether a member id exists; if not, records the problem at {@code at}. */
    private boolean known(String at, String memberId) {
        if (indexById.containsKey(memberId)) {
            return true;
        }
        add(at, "no member with id '" + memberId + "'");
        return false;
    }

    private void notBeforeBirth(JsonNode node, String field, String at, LocalDate birth) {
        LocalDate day = date(node, field);
        if (day != null && birth != null && day.isBefore(birth)) {
            add(at + "/" + field, day + " is before the member's birth (" + birth + ")");
        }
    }

    private void notBefore(JsonNode node, String field, String earlierField, String at) {
        LocalDate day = date(node, field);
        LocalDate earlier = date(node, earlierField);
        if (day != null && earlier != null && day.isBefore(earlier)) {
            add(at + "/" + field, day + " is before '" + earlierField + "' (" + earlier + ")");
        }
    }

    private static int ageOn(LocalDate birth, LocalDate day) {
        return Period.between(birth, day).getYears();
    }

    private static boolean isTwelveDigits(String s) {
        return s.length() == 12 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    /** A well-formed date, or null (the schema reports malformed ones). */
    private static LocalDate date(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static YearMonth month(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            return YearMonth.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void add(String path, String reason) {
        problems.add(new Problem(path, reason));
    }
}
