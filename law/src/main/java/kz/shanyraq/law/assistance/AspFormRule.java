package kz.shanyraq.law.assistance;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unconditional or conditional aid, from the family's composition on the day of application.
 *
 * <p>Able-bodied (трудоспособный) member: aged from {@code asp.able-bodied.min-age} (18) to below the pension
 * age of their sex in force that day ({@code asp.able-bodied.pension-age}), without a group I or II
 * disability, without an illness with temporary incapacity over two months, and not a full-time student
 * (seed 003: these persons are not drawn into employment measures; the Social Code definition was not
 * retrieved).
 *
 * <p>Unconditional (S11 ✅): no able-bodied member, or the only able-bodied member cares for a child younger
 * than {@code asp.form.carer-child-age-under}, a child with disability, a person with a group I or II
 * disability, or an elderly person ({@code asp.form.cared-elderly-age}). In 2018 (seed 003) every able-bodied
 * member could be such a carer ({@code asp.form.only-one-able-bodied-carer} = false) and the child had to be
 * under seven. Otherwise: conditional, on a social contract.
 */
final class AspFormRule {

    /** The form, a short account of why (shown in the explanation), and the able-bodied member ids. */
    record Finding(AspForm form, String why, List<String> ableBodied) {
    }

    private AspFormRule() {
    }

    static Finding determine(Calculation c, Family family) {
        if (!c.flag("asp.form.in-force")) {
            return new Finding(AspForm.NOT_APPLICABLE, "no forms before the 2018 reform", List.of());
        }
        LocalDate day = c.day();
        long minMonths = c.number("asp.able-bodied.min-age").multiply(BigDecimal.valueOf(12)).longValueExact();
        long menMonths = months(c.number("asp.able-bodied.pension-age", "male"));
        long womenMonths = months(c.number("asp.able-bodied.pension-age", "female"));
        List<Member> able = new ArrayList<>();
        List<String> notAble = new ArrayList<>();
        for (Member m : family.members()) {
            Optional<String> why = notAbleBodied(m, day, minMonths, menMonths, womenMonths);
            if (why.isEmpty()) {
                able.add(m);
            } else {
                notAble.add(m.id() + " " + why.get());
            }
        }
        List<String> ids = able.stream().map(Member::id).toList();
        String composition = "able-bodied: " + (ids.isEmpty() ? "none" : String.join(", ", ids))
                + (notAble.isEmpty() ? "" : "; not able-bodied: " + String.join(", ", notAble));
        if (able.isEmpty()) {
            return new Finding(AspForm.UNCONDITIONAL, "no able-bodied members (" + composition + ")", ids);
        }
        if (able.stream().allMatch(m -> m.caresFor().isEmpty())) {
            return new Finding(AspForm.CONDITIONAL, composition + "; none cares for a dependant", ids);
        }
        boolean onlyOne = c.flag("asp.form.only-one-able-bodied-carer");
        if (onlyOne && able.size() > 1) {
            return new Finding(AspForm.CONDITIONAL, composition + "; more than one able-bodied member", ids);
        }
        Dependants dependants = new Dependants(c, family);
        List<String> carers = new ArrayList<>();
        for (Member m : able) {
            dependants.qualifyingCare(m).ifPresent(what -> carers.add(m.id() + " cares for " + what));
        }
        boolean unconditional = carers.size() == able.size();
        String care = carers.isEmpty() ? "no qualifying care" : String.join(", ", carers);
        return new Finding(unconditional ? AspForm.UNCONDITIONAL : AspForm.CONDITIONAL,
                composition + "; " + care + (onlyOne ? "" : " (2018 rule: every able-bodied member a carer)"), ids);
    }

    /** Why a member is not able-bodied, or empty if they are. */
    private static Optional<String> notAbleBodied(Member m, LocalDate day, long minMonths, long menMonths,
                                                  long womenMonths) {
        long age = m.ageInMonthsOn(day);
        if (age < minMonths) {
            return Optional.of("(under " + minMonths / 12 + ")");
        }
        long pension;
        if (m.sex() == Sex.MALE) {
            pension = menMonths;
        } else if (m.sex() == Sex.FEMALE) {
            pension = womenMonths;
        } else if (age < Math.min(menMonths, womenMonths) || age >= Math.max(menMonths, womenMonths)) {
            pension = Math.min(menMonths, womenMonths);
        } else {
            throw new ParameterUnknownException("asp.able-bodied.pension-age", "sex of member " + m.id(), day,
                    "the family document does not give the member's sex and the pension ages of men and women differ"
                            + " at this age");
        }
        if (age >= pension) {
            return Optional.of("(pension age)");
        }
        if (m.disabledOn(day) && m.disability().group() != null && m.disability().group() <= 2) {
            return Optional.of("(disability group " + m.disability().group() + ")");
        }
        if (m.longIllness()) {
            return Optional.of("(illness over two months)");
        }
        if (m.studyingFullTimeOn(day)) {
            return Optional.of("(full-time student)");
        }
        return Optional.empty();
    }

    private static long months(BigDecimal years) {
        return years.multiply(BigDecimal.valueOf(12)).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }

    /** Whom a carer looks after, read lazily so that a parameter is only needed when it decides. */
    private static final class Dependants {
        private final Calculation c;
        private final Family family;
        private Integer childAgeUnder;
        private Integer elderlyAge;

        Dependants(Calculation c, Family family) {
            this.c = c;
            this.family = family;
        }

        Optional<String> qualifyingCare(Member carer) {
            LocalDate day = c.day();
            for (String id : carer.caresFor()) {
                Member d = family.member(id).orElse(null);
                if (d == null) {
                    continue;
                }
                int age = d.ageOn(day);
                if (d.disabledOn(day) && d.disability().group() != null && d.disability().group() <= 2) {
                    return Optional.of(id + " (disability group " + d.disability().group() + ")");
                }
                if (d.disabledOn(day) && age < 18) {
                    return Optional.of(id + " (child with disability)");
                }
                if (age < childAgeUnder()) {
                    return Optional.of(id + " (child under " + childAgeUnder() + ")");
                }
                if (age >= elderlyAge()) {
                    return Optional.of(id + " (elderly, " + age + ")");
                }
            }
            return Optional.empty();
        }

        private int childAgeUnder() {
            if (childAgeUnder == null) {
                childAgeUnder = c.number("asp.form.carer-child-age-under").intValueExact();
            }
            return childAgeUnder;
        }

        private int elderlyAge() {
            if (elderlyAge == null) {
                elderlyAge = c.number("asp.form.cared-elderly-age").intValueExact();
            }
            return elderlyAge;
        }
    }
}
