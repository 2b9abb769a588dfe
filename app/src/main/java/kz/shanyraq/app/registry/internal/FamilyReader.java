package kz.shanyraq.app.registry.internal;

import kz.shanyraq.law.asof.RegistryCodes;
import kz.shanyraq.app.registry.DataGap;
import kz.shanyraq.app.registry.Fact;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.MonthlyIncome;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Relation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a family as of a date from the registry tables.
 *
 * <p>Rules of the reading (each one is what "as of the date" means for that table):
 * <ul>
 *   <li>members are those whose membership period contains the date, born on or before it and not dead on it
 *       (a person who died on the date no longer counts: the family has lost them);</li>
 *   <li>the address, statuses, disability, full-time study, long illness, care duties and registrations are the
 *       periods containing the date; awards, resettlement and breadwinner loss are those that happened by then;</li>
 *   <li>incomes and social contributions are whole months before the month of the date: a month's income is
 *       known only once the month is over;</li>
 *   <li>events after the date are unknown on it: a loan closed later is still outstanding, a contract ended
 *       later is still running.</li>
 * </ul>
 */
@Component
public class FamilyReader {

    /** Months of income history given to the law (the per-capita income needs at most the last quarters). */
    static final int INCOME_MONTHS = 24;

    private final JdbcClient jdbc;
    private final MemberFactsReader memberFacts;
    private final FactHistoryReader history;

    FamilyReader(JdbcClient jdbc, MemberFactsReader memberFacts, FactHistoryReader history) {
        this.jdbc = jdbc;
        this.memberFacts = memberFacts;
        this.history = history;
    }

    public boolean exists(long familyId) {
        return jdbc.sql("select exists (select 1 from family where id = :id)").param("id", familyId)
                .query(Boolean.class).single();
    }

    public Optional<FamilyRecord> read(long familyId, LocalDate on) {
        return read(familyId, on, true);
    }

    /** @param withHistory whether to read the facts over time (the card shows them; the law does not need them) */
    public Optional<FamilyRecord> read(long familyId, LocalDate on, boolean withHistory) {
        if (!exists(familyId)) {
            return Optional.empty();
        }
        List<DataGap> gaps = new ArrayList<>();
        List<MemberRow> rows = members(familyId, on);
        Address address = address(familyId, on).orElse(null);
        if (address == null) {
            gaps.add(new DataGap("no-address", null, null));
        }
        List<Long> ids = rows.stream().map(MemberRow::personId).toList();
        MemberFacts facts = memberFacts.read(ids, on);
        List<Member> members = new ArrayList<>();
        for (MemberRow row : rows) {
            Member member = facts.member(row, ids);
            if (facts.statusMissing(row.personId())) {
                gaps.add(new DataGap("no-status", row.id(), null));
            }
            members.add(member);
        }
        List<MonthlyIncome> incomeRows = incomes(ids, on);
        List<Income> incomes = lawIncomes(incomeRows, gaps);
        Family family = new Family(
                Long.toString(familyId),
                address == null ? null : address.territory().region(),
                address == null ? null : address.territory().district(),
                address == null ? null : address.locality(),
                members,
                incomes,
                facts.loans(),
                memberFacts.resettlement(familyId, on),
                memberFacts.breadwinnerLoss(familyId, rows, on))
                .withAssets(memberFacts.assets(ids, on));
        List<Fact> shown = withHistory ? history.facts(familyId, ids, on) : List.of();
        return Optional.of(new FamilyRecord(familyId, on, family,
                address == null ? null : address.territory(), shown, incomeRows, gaps));
    }

    /**
     * Whether the family exists and, if so, the territory responsible for it on the day (as
     * {@link #responsibleTerritory}; {@code null} when it never had an address), in one statement: a card checks both
     * before it reads anything else.
     */
    public Optional<Optional<Territory>> existingWithTerritory(long familyId, LocalDate today) {
        return jdbc.sql("""
                        select a.region_code, a.district_id from family f
                          left join lateral (
                               select region_code, district_id from family_address
                                where family_id = f.id
                                order by (valid_from <= :today and (valid_to is null or valid_to >= :today)) desc,
                                         valid_from desc
                                limit 1) a on true
                         where f.id = :family
                        """)
                .param("family", familyId)
                .param("today", today)
                .query((rs, n) -> rs.getString(1) == null ? Optional.<Territory>empty()
                        : Optional.of(new Territory(rs.getString(1), rs.getString(2))))
                .optional();
    }

    public Optional<Territory> responsibleTerritory(long familyId, LocalDate today) {
        return address(familyId, today)
                .or(() -> jdbc.sql("""
                                select region_code, district_id, locality from family_address
                                 where family_id = :family order by valid_from desc limit 1
                                """)
                        .param("family", familyId)
                        .query((rs, n) -> new Address(new Territory(rs.getString(1), rs.getString(2)),
                                RegistryCodes.parse(Locality.class, rs.getString(3))))
                        .optional())
                .map(Address::territory);
    }

    private List<MemberRow> members(long familyId, LocalDate on) {
        return jdbc.sql("""
                        select p.id, p.iin, p.birth_date, p.sex, p.mother_id, p.birth_order,
                               fm.relation, fm.valid_from, fm.valid_to
                          from family_member fm
                          join person p on p.id = fm.person_id
                         where fm.family_id = :family
                           and fm.valid_from <= :on and (fm.valid_to is null or fm.valid_to >= :on)
                           and p.birth_date <= :on
                           and (p.death_date is null or p.death_date > :on)
                         order by case fm.relation when 'head' then 0 when 'spouse' then 1 when 'child' then 2
                                  else 3 end, p.birth_date, p.id
                        """)
                .param("family", familyId)
                .param("on", on)
                .query((rs, n) -> new MemberRow(
                        rs.getLong("id"),
                        rs.getString("iin"),
                        rs.getObject("birth_date", LocalDate.class),
                        RegistryCodes.sex(rs.getString("sex")),
                        (Long) rs.getObject("mother_id", Long.class),
                        (Integer) rs.getObject("birth_order", Integer.class),
                        relation(rs.getString("relation")),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    private static Relation relation(String code) {
        Relation r = RegistryCodes.parse(Relation.class, code);
        if (r == null) {
            throw new IllegalStateException("registry holds an unknown relation '" + code + "'");
        }
        return r;
    }

    private Optional<Address> address(long familyId, LocalDate on) {
        return jdbc.sql("""
                        select region_code, district_id, locality from family_address
                         where family_id = :family and valid_from <= :on and (valid_to is null or valid_to >= :on)
                         order by valid_from desc limit 1
                        """)
                .param("family", familyId)
                .param("on", on)
                .query((rs, n) -> new Address(new Territory(rs.getString(1), rs.getString(2)),
                        RegistryCodes.parse(Locality.class, rs.getString(3))))
                .optional();
    }

    private List<MonthlyIncome> incomes(List<Long> ids, LocalDate on) {
        if (ids.isEmpty()) {
            return List.of();
        }
        YearMonth current = YearMonth.from(on);
        return jdbc.sql("""
                        select person_id, month, type, source, amount from income
                         where person_id in (:ids) and month >= :first and month < :current
                         order by month desc, person_id, type, source
                        """)
                .params(Map.of("ids", ids,
                        "first", current.minusMonths(INCOME_MONTHS).atDay(1),
                        "current", current.atDay(1)))
                .query((rs, n) -> new MonthlyIncome(
                        Long.toString(rs.getLong("person_id")),
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getString("type"),
                        rs.getString("source"),
                        rs.getLong("amount")))
                .list();
    }

    record Address(Territory territory, Locality locality) {
    }

    /** The registry's incomes as the law's; a type the law does not know counts as other income and is a data gap. */
    static List<Income> lawIncomes(List<MonthlyIncome> rows, List<DataGap> gaps) {
        List<Income> incomes = new ArrayList<>(rows.size());
        for (MonthlyIncome r : rows) {
            IncomeType type = RegistryCodes.parse(IncomeType.class, r.type());
            if (type == null) {
                // Never drop money silently: an income the law cannot classify is still income.
                type = IncomeType.OTHER;
                gaps.add(new DataGap("unknown-income-type", r.memberId(), r.type()));
            }
            incomes.add(new Income(r.memberId(), r.month(), type, r.amount()));
        }
        return incomes;
    }
}
