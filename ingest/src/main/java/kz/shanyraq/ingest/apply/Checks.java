package kz.shanyraq.ingest.apply;

import kz.shanyraq.ingest.format.Messages;

import java.time.LocalDate;

/** The rules that tie fields together or to the registry, named as a social worker would say them. */
public final class Checks {

    private Checks() {
    }

    /** A period ends on or after the day it starts ({@code to} is inclusive; empty = still open). */
    public static RowCheck period(String from, String to) {
        return (row, ctx, errors) -> {
            if (row.hasAll(from, to) && row.date(to).isBefore(row.date(from))) {
                errors.add(row.source(), to, Messages.periodReversed(from));
            }
        };
    }

    /** Something that has happened (a birth, a death) cannot be dated after today. */
    public static RowCheck notInFuture(String field) {
        return (row, ctx, errors) -> {
            if (row.has(field) && row.date(field).isAfter(ctx.today())) {
                errors.add(row.source(), field, Messages.inFuture());
            }
        };
    }

    /** No fact about a person starts before the person was born. */
    public static RowCheck notBeforeBirth(String personField, String dateField) {
        return (row, ctx, errors) -> {
            if (!row.hasAll(personField, dateField)) {
                return;
            }
            KnownPerson p = ctx.person(row.text(personField));
            LocalDate date = row.date(dateField);
            // A month is stored as its first day: a person born mid-month may have income that month.
            LocalDate birth = p == null || p.birthDate() == null ? null : p.birthDate();
            if (birth != null && date.isBefore(birth) && !(date.getDayOfMonth() == 1 && date.plusMonths(1).isAfter(birth))) {
                errors.add(row.source(), dateField, Messages.beforeBirth());
            }
        };
    }

    /** Maternity leave, motherhood awards: the registry must know this person as a woman. */
    public static RowCheck woman(String personField, String who) {
        return (row, ctx, errors) -> {
            if (!row.has(personField)) {
                return;
            }
            KnownPerson p = ctx.person(row.text(personField));
            if (p != null && !"F".equals(p.sex())) {
                errors.add(row.source(), personField, Messages.notFemale(who));
            }
        };
    }

    /** A carer does not care for themselves; a person is not their own spouse. */
    public static RowCheck differentPersons(String a, String b) {
        return (row, ctx, errors) -> {
            if (row.hasAll(a, b) && row.text(a).equals(row.text(b))) {
                errors.add(row.source(), b, Messages.samePerson());
            }
        };
    }

    /**
     * The IIN starts with the birth date (YYMMDD); its 7th digit gives the century (1–2: 1800s, 3–4: 1900s, 5–6:
     * 2000s) and the sex (odd: man, even: woman).
     */
    public static RowCheck iinMatchesBirthDateAndSex(String iinField, String birthField, String sexField) {
        return (row, ctx, errors) -> {
            if (!row.has(iinField)) {
                return;
            }
            String iin = row.text(iinField);
            int centuryDigit = iin.charAt(6) - '0';
            if (row.has(birthField)) {
                LocalDate birth = row.date(birthField);
                int century = 1800 + 100 * ((centuryDigit - 1) / 2);
                String yymmdd = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth());
                if (!iin.startsWith(yymmdd) || birth.getYear() / 100 * 100 != century) {
                    errors.add(row.source(), iinField, Messages.iinBirthDateMismatch());
                }
            }
            if (row.has(sexField)) {
                String sexByIin = centuryDigit % 2 == 1 ? "M" : "F";
                if (!sexByIin.equals(row.text(sexField))) {
                    errors.add(row.source(), iinField, Messages.iinSexMismatch());
                }
            }
        };
    }

    /** A death is not before the birth. */
    public static RowCheck notBefore(String later, String earlier) {
        return period(earlier, later);
    }

    /** The mother is another person, a woman, born before her child. */
    public static RowCheck mother(String childIinField, String childBirthField, String motherField) {
        return (row, ctx, errors) -> {
            if (!row.has(motherField)) {
                return;
            }
            if (row.has(childIinField) && row.text(childIinField).equals(row.text(motherField))) {
                errors.add(row.source(), motherField, Messages.samePerson());
                return;
            }
            KnownPerson mother = ctx.person(row.text(motherField));
            if (mother == null) {
                return;
            }
            if (!"F".equals(mother.sex())) {
                errors.add(row.source(), motherField, Messages.notFemale("mother_iin"));
            } else if (row.has(childBirthField) && !mother.birthDate().isBefore(row.date(childBirthField))) {
                errors.add(row.source(), motherField, Messages.motherNotOlder());
            }
        };
    }
}
