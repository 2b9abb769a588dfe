package kz.shanyraq.app.casework;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * Officers of Sayram district (KZ-61-01) and family 5 of the hand-written demo population: the head lost his job four
 * months ago and is registered unemployed, the mother cares for the youngest of three small children — a low-income
 * family whose two able-bodied adults make the aid conditional.
 */
abstract class CaseworkTestSupport extends ServerTest {

    static final Territory SAYRAM = new Territory("KZ-61", "KZ-61-01");
    static final String IBAN = "KZ86125KZT5004100100";

    static final Officer CONSULTANT = officer("consultant.turkestan", Role.CONSULTANT, SAYRAM);
    static final Officer COMMISSION = officer("commission.turkestan", Role.COMMISSION, SAYRAM);
    static final Officer OFFICER = officer("officer.turkestan", Role.DEPARTMENT_OFFICER, SAYRAM);
    static final Officer OFFICER2 = officer("officer2.turkestan", Role.DEPARTMENT_OFFICER, SAYRAM);
    static final Officer ASSISTANT = officer("assistant.turkestan", Role.ASSISTANT, SAYRAM);
    static final Officer NORTH_CONSULTANT = officer("consultant.sko", Role.CONSULTANT, new Territory("KZ-59", "KZ-59-01"));
    static final Officer PORTAL = officer("portal", Role.PORTAL, null);

    @Autowired
    Applications applications;
    @Autowired
    Decisions decisions;
    @Autowired
    Contracts contracts;
    @Autowired
    Sanctions sanctions;
    @Autowired
    Appeals appeals;
    @Autowired
    CaseFiles files;
    @Autowired
    Payroll payroll;
    @Autowired
    PaymentDifferences differences;
    @Autowired
    CaseWorklist worklist;
    @Autowired
    CaseFigures figures;
    @Autowired
    Recalculations recalculations;

    /**
     * The hand-written demo loads no regional subsistence minimum: an operator's official figures for Turkestan
     * region (the quarters before the applications of these tests) let the law decide.
     */
    @BeforeEach
    void officialFiguresOfTurkestan() {
        for (int back = 3; back <= 12; back += 3) {
            YearMonth m = YearMonth.from(today()).minusMonths(back);
            String quarter = m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
            jdbc.sql("""
                            insert into regional_figure (series, region_code, period, value, provenance, source, computed_from)
                            values ('subsistence-minimum', 'KZ-61', :p, 50000, 'official', 'casework-test', 'a test'),
                                   ('median-per-capita-income', 'KZ-61', :p, 120000, 'official', 'casework-test', 'a test')
                            on conflict do nothing""")
                    .param("p", quarter).update();
        }
    }

    @AfterEach
    void withoutTheFigures() {
        jdbc.sql("delete from regional_figure where source = 'casework-test'").update();
    }

    static Officer officer(String name, Role role, Territory scope) {
        return Officer.api(new ShanyraqUser(name, null, role, scope, true));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Almaty"));
    }

    /**
     * The application day of these tests: the 2nd of the month three months ago, so that a first sanction and, two
     * months later, a repeated one both lie in the past.
     */
    static LocalDate applied() {
        return today().minusMonths(3).withDayOfMonth(2);
    }

    /** Closes every open case of family 5 so that each test starts with a new application. */
    void noOpenCaseOfFamily5() {
        jdbc.sql("""
                update aid_case set state = 'closed' where family_id = 5
                  and state not in ('refused', 'terminated', 'closed')""").update();
    }

    long registerFamily5(LocalDate on) {
        noOpenCaseOfFamily5();
        return applications.register(CONSULTANT, new Applications.NewApplication(iinOf(5001), on, "career-centre",
                IBAN, null));
    }

    long surveyed(LocalDate on) {
        long id = registerFamily5(on);
        decisions.recordSurvey(COMMISSION, id, new Decisions.Survey(on.plusDays(2), "Дом из двух комнат, печное "
                + "отопление; дети посещают мини-центр", true, null));
        return id;
    }

    /** A case whose conditional decision was approved: waiting for the contract. */
    long approvedConditional(LocalDate on) {
        long id = surveyed(on);
        decisions.prepare(CONSULTANT, id);
        decisions.approve(OFFICER, id, null, null);
        return id;
    }

    /** A conditional case under contract: the head's vocational training and the mother's screening. */
    long underContract(LocalDate on) {
        long id = approvedConditional(on);
        LocalDate signed = on.plusDays(4);
        contracts.conclude(CONSULTANT, id, new Contracts.Conclusion(signed, "monthly", List.of(
                new Contracts.NewActivity("5001", "vocational-training", signed.plusDays(10), "consultant.turkestan"),
                new Contracts.NewActivity("5002", "screening", signed.plusDays(20), "assistant.turkestan"))));
        return id;
    }

    long activity(long caseId, String measure) {
        return jdbc.sql("""
                        select a.id from plan_activity a join social_contract k on k.id = a.contract_id
                        where k.case_id = :c and a.measure = :m order by a.id limit 1""")
                .param("c", caseId).param("m", measure).query(Long.class).single();
    }

    String state(long caseId) {
        return jdbc.sql("select state from aid_case where id = :c").param("c", caseId).query(String.class).single();
    }
}
