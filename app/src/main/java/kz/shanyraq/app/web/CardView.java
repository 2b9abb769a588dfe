package kz.shanyraq.app.web;

import kz.shanyraq.app.familycard.FamilyCard;
import kz.shanyraq.app.registry.DataGap;
import kz.shanyraq.app.registry.Fact;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.MonthlyIncome;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.law.explain.ConditionCheck;
import kz.shanyraq.law.explain.Explanation;
import kz.shanyraq.law.explain.ParameterUse;
import kz.shanyraq.law.explain.Step;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The family card ready for the page, in the reader's language: texts of the law already in that language, codes
 * left for the message bundles.
 */
record CardView(long familyId, LocalDate on, String place, String locality, List<MemberView> members,
                List<DecisionView> entitlements, List<DecisionView> refusals, List<DecisionView> undetermined,
                List<FactGroup> factGroups, List<IncomeMonth> incomeMonths, List<DataGap> gaps) {

    /** Months of income shown on the card (the API gives all the law reads). */
    static final int INCOME_MONTHS_SHOWN = 12;

    record MemberView(String id, String iin, LocalDate birthDate, int age, String sex, String relation,
                      String status, boolean disabled, boolean studying) {
    }

    record DecisionView(String measure, String title, String beneficiaryId, MemberView beneficiary, Long amount,
                        String payment, LocalDate from, LocalDate to, String reason, ExplanationView explanation) {
    }

    record ExplanationView(String norm, List<ConditionView> conditions, List<ParameterView> parameters,
                           List<StepView> steps, RoundingView rounding, String outcome, Long amount) {
    }

    record ConditionView(String label, String actual, boolean satisfied) {
    }

    record ParameterView(String title, String name, String key, String value, String unit, LocalDate from,
                         LocalDate to, String status, String citation, List<String> sources) {
    }

    record StepView(String label, String formula, String value) {
    }

    record RoundingView(String rule, String parameter, String before, long after) {
    }

    record FactGroup(MemberView member, List<Fact> facts) {
    }

    record IncomeMonth(YearMonth month, List<IncomeRow> rows, long total) {
    }

    record IncomeRow(MemberView member, String type, String source, long amount) {
    }

    static CardView of(FamilyCard card, Locale locale, PlaceNames places) {
        FamilyRecord r = card.record();
        LocalDate on = r.on();
        Map<String, MemberView> members = new LinkedHashMap<>();
        for (Member m : r.family().members()) {
            boolean statusRecorded = r.gaps().stream()
                    .noneMatch(g -> g.code().equals("no-status") && m.id().equals(g.memberId()));
            members.put(m.id(), new MemberView(m.id(), m.iin(), m.birthDate(), m.ageOn(on), code(m.sex()),
                    code(m.relation()), statusRecorded ? code(m.status()) : null, m.disabledOn(on),
                    m.studyingFullTimeOn(on)));
        }
        List<DecisionView> entitled = new ArrayList<>();
        for (Entitlement e : card.entitlements().entitlements()) {
            entitled.add(decision(e, members, locale, e.amount(), code(e.payment()), e.from(), e.to(), null));
        }
        List<DecisionView> refused = new ArrayList<>();
        for (Refusal e : card.entitlements().refusals()) {
            refused.add(decision(e, members, locale, null, null, null, null, e.reason().in(locale)));
        }
        List<DecisionView> unknown = new ArrayList<>();
        for (Undetermined e : card.entitlements().undetermined()) {
            unknown.add(decision(e, members, locale, null, null, null, null, e.reason().in(locale)));
        }
        List<Fact> facts = r.facts().stream().map(f -> withPlaceNames(f, locale, places)).toList();
        List<FactGroup> groups = new ArrayList<>();
        List<Fact> familyFacts = facts.stream().filter(f -> f.memberId() == null).toList();
        if (!familyFacts.isEmpty()) {
            groups.add(new FactGroup(null, familyFacts));
        }
        for (MemberView m : members.values()) {
            List<Fact> own = facts.stream().filter(f -> m.id().equals(f.memberId())).toList();
            if (!own.isEmpty()) {
                groups.add(new FactGroup(m, own));
            }
        }
        return new CardView(r.id(), on, places.of(r.territory(), locale),
                r.family().locality() == null ? null : code(r.family().locality()),
                List.copyOf(members.values()), entitled, refused, unknown, groups,
                incomeMonths(r.incomes(), members, YearMonth.from(on)), r.gaps());
    }

    /** Region and district codes in a fact's details shown by their names. */
    private static Fact withPlaceNames(Fact f, Locale locale, PlaceNames places) {
        if (!f.details().containsKey("region") && !f.details().containsKey("district")) {
            return f;
        }
        Map<String, String> details = new LinkedHashMap<>(f.details());
        details.computeIfPresent("region", (k, code) -> places.region(code, locale));
        details.computeIfPresent("district", (k, id) -> places.district(id, locale));
        return new Fact(f.memberId(), f.kind(), f.from(), f.to(), f.inForce(), details);
    }

    private static List<IncomeMonth> incomeMonths(List<MonthlyIncome> incomes, Map<String, MemberView> members,
                                                  YearMonth current) {
        Map<YearMonth, List<IncomeRow>> byMonth = new LinkedHashMap<>();
        for (MonthlyIncome i : incomes) {
            if (i.month().isBefore(current.minusMonths(INCOME_MONTHS_SHOWN))) {
                continue;
            }
            byMonth.computeIfAbsent(i.month(), k -> new ArrayList<>())
                    .add(new IncomeRow(members.get(i.memberId()), i.type(), i.source(), i.amount()));
        }
        List<IncomeMonth> months = new ArrayList<>();
        byMonth.forEach((month, rows) ->
                months.add(new IncomeMonth(month, rows, rows.stream().mapToLong(IncomeRow::amount).sum())));
        return months;
    }

    private static DecisionView decision(Decision d, Map<String, MemberView> members, Locale locale, Long amount,
                                         String payment, LocalDate from, LocalDate to, String reason) {
        String title = Measures.byId(d.measure()).map(m -> m.title().in(locale)).orElse(d.measure());
        return new DecisionView(d.measure(), title, d.beneficiary(), members.get(d.beneficiary()), amount, payment,
                from, to, reason, explanation(d.explanation(), locale));
    }

    static ExplanationView explanation(Explanation e, Locale locale) {
        if (e == null) {
            return null;
        }
        List<ConditionView> conditions = new ArrayList<>();
        for (ConditionCheck c : e.conditions()) {
            conditions.add(new ConditionView(c.label().in(locale), c.actual(), c.satisfied()));
        }
        List<ParameterView> parameters = new ArrayList<>();
        for (ParameterUse p : e.parameters()) {
            parameters.add(new ParameterView(p.title().in(locale), p.name(), p.key(), p.value(), p.unit(), p.from(),
                    p.to(), p.status(), p.citation(), p.sources()));
        }
        List<StepView> steps = new ArrayList<>();
        for (Step s : e.steps()) {
            steps.add(new StepView(s.label() == null ? s.name() : s.label().in(locale), s.formula(), plain(s.value())));
        }
        RoundingView rounding = e.rounding() == null ? null : new RoundingView(e.rounding().rule(),
                e.rounding().parameter(), plain(e.rounding().before()), e.rounding().after());
        return new ExplanationView(e.norm(), conditions, parameters, steps, rounding, e.outcome(), e.amount());
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    /** {@code RESIDENT_FOREIGNER} → {@code resident-foreigner}, the code the message bundles know. */
    private static String code(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
