package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.AspLaw;
import kz.shanyraq.app.casework.internal.CaseAccess;
import kz.shanyraq.app.casework.internal.CaseRow;
import kz.shanyraq.app.casework.internal.CaseRows;
import kz.shanyraq.app.casework.internal.CorrectedFamily;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.registry.PersonOnDate;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Iin;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.IncomeType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The application: registered by a consultant at the career centre (or the rural akim's office) or filed by the
 * e-government portal, pre-filled from the registry as of the application day; the applicant's corrections are kept
 * beside the registry's values and the law evaluates the corrected family.
 */
@Service
public class Applications {

    /** When the АСП reform (social contract, commission, consultants) began: seed 003. */
    public static final LocalDate REFORM = LocalDate.of(2018, 1, 1);
    private static final Set<String> CHANNELS = Set.of("career-centre", "akimat", "portal", "proactive-offer");
    private static final Set<CaseState> OPEN = Set.of(CaseState.REGISTERED, CaseState.SURVEYED,
            CaseState.DECISION_PREPARED, CaseState.CONTRACT_PENDING, CaseState.ASSIGNED, CaseState.UNDER_CONTRACT);

    private final JdbcClient jdbc;
    private final FamilyRegistry registry;
    private final CaseAccess access;
    private final CaseRows rows;
    private final AspLaw law;
    private final Clock clock;

    Applications(JdbcClient jdbc, FamilyRegistry registry, CaseAccess access, CaseRows rows, AspLaw law, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.access = access;
        this.rows = rows;
        this.law = law;
        this.clock = clock;
    }

    /** An application as it is typed in or filed. */
    public record NewApplication(String applicantIin, LocalDate appliedOn, String channel, String account,
                                 Long offerId) {
    }

    @Transactional
    public long register(Officer officer, NewApplication a) {
        String channel = a.channel() == null ? "" : a.channel().trim();
        if (!CHANNELS.contains(channel)) {
            throw new InvalidCaseInputException("channel", "unknown channel '" + a.channel()
                    + "' (expected career-centre, akimat, portal or proactive-offer)");
        }
        if (channel.equals("portal")) {
            access.requireRole(officer, "file an application from the portal", Role.PORTAL);
        } else {
            access.requireRole(officer, "register an application", Role.CONSULTANT);
        }
        String iinProblem = Iin.problem(a.applicantIin());
        if (iinProblem != null) {
            throw new InvalidCaseInputException("applicantIin", iinProblem);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = a.appliedOn() == null ? today : a.appliedOn();
        if (on.isAfter(today)) {
            throw new InvalidCaseInputException("appliedOn", "the application day " + on + " is in the future");
        }
        if (on.isBefore(REFORM)) {
            throw new InvalidCaseInputException("appliedOn", "case work of the АСП reform starts on " + REFORM);
        }
        String account = a.account() == null ? "" : a.account().replace(" ", "").toUpperCase();
        if (!account.matches("KZ[0-9]{2}[0-9A-Z]{16}")) {
            throw new InvalidCaseInputException("account", "the account must be an IBAN of Kazakhstan: KZ, two check "
                    + "digits and 16 letters or digits (20 characters)");
        }
        PersonOnDate person = registry.person(a.applicantIin(), on).orElseThrow(() ->
                new InvalidCaseInputException("applicantIin", "no person with this IIN in the registry on " + on));
        if (person.familyId() == null) {
            throw new InvalidCaseInputException("applicantIin", "the applicant belongs to no family on " + on);
        }
        long familyId = person.familyId();
        Territory territory = registry.responsibleTerritory(familyId, today).orElseThrow(() ->
                new InvalidCaseInputException("applicantIin", "the family has no address in the registry"));
        access.requireTerritory(officer, 0, familyId, territory);
        closeRunOut(officer, familyId, on);
        Long open = jdbc.sql("select id from aid_case where family_id = :f and state in (:open) limit 1")
                .param("f", familyId).param("open", OPEN.stream().map(CaseState::code).toList())
                .query(Long.class).optional().orElse(null);
        if (open != null) {
            throw new CaseRefusedException("open-case", "The family already has an open case " + open
                    + "; it is continued there.");
        }
        FamilyRecord family = registry.family(familyId, on).orElseThrow();
        WorkingDays days = law.workingDays();
        // Terms the law as we hold it does not give (status unknown) leave the due date empty: none is guessed.
        LocalDate surveyDue = days.deadlineIfKnown("casework.deadline.commission-survey", on)
                .map(WorkingDays.Deadline::due).orElse(null);
        LocalDate decisionDue = days.deadlineIfKnown("casework.deadline.decision", on)
                .map(WorkingDays.Deadline::due).orElse(null);
        long id = jdbc.sql("""
                        insert into aid_case (family_id, applicant_id, applied_on, channel, offer_id, region_code,
                                              district_id, state, consultant, account, registered_by, survey_due,
                                              decision_due)
                        values (:f, :p, :on, :ch, :offer, :region, :district, 'registered', :consultant, :account,
                                :by, :survey, :decision)
                        returning id""")
                .param("f", familyId).param("p", person.id()).param("on", on).param("ch", channel)
                .param("offer", a.offerId()).param("region", territory.region()).param("district", territory.district())
                .param("consultant", officer.user().role() == Role.CONSULTANT ? officer.name() : null)
                .param("account", account).param("by", officer.name()).param("survey", surveyDue)
                .param("decision", decisionDue).query(Long.class).single();
        rows.history(id, officer.name(), "register", null, CaseState.REGISTERED,
                "Закон РК № 246-II, ст. 4; casework.deadline.commission-survey, casework.deadline.decision",
                "channel " + channel + "; members " + family.family().size() + "; survey due "
                        + (surveyDue == null ? "(term unknown)" : surveyDue) + ", decision due "
                        + (decisionDue == null ? "(term unknown)" : decisionDue));
        access.recordRead(officer, id, familyId, on, family.family().members().stream()
                .map(m -> new CaseAccess.PersonRead(Long.valueOf(m.id()), m.iin())).toList());
        return id;
    }

    /**
     * АСП is assigned for a quarter (unconditional) or the social contract's months (conditional) and then applied for
     * anew: a family's case whose assignment's last month is before the month of a new application has run its course
     * and is closed, so the family's new application opens a new case (the old one and its history stay).
     */
    private void closeRunOut(Officer officer, long familyId, LocalDate on) {
        List<Long> ranOut = jdbc.sql("""
                        select c.id from aid_case c join aid_assignment a on a.case_id = c.id
                        where c.family_id = :f and c.state in ('assigned', 'under-contract') and a.last_month < :m""")
                .param("f", familyId).param("m", java.time.YearMonth.from(on).atDay(1)).query(Long.class).list();
        for (long caseId : ranOut) {
            rows.move(rows.load(caseId), CaseState.CLOSED, officer, "close-ran-its-course", "Закон РК № 246-II, ст. 4",
                    "the assignment's last month is before the new application of " + on);
        }
    }

    /**
     * The proactive АСП invitation (issue 5) turned into an application: the invited recipient is the applicant, the
     * application day is today, the offer is linked to the case.
     */
    @Transactional
    public long fromInvitation(Officer officer, long offerId, String account) {
        access.requireRole(officer, "turn an invitation into an application", Role.CONSULTANT);
        record Offer(String measure, String kind, String status, String iin) {
        }
        Offer o = jdbc.sql("""
                        select o.measure, o.kind, o.status, p.iin from offer o join person p on p.id = o.recipient_id
                        where o.id = :o""")
                .param("o", offerId).query((rs, n) -> new Offer(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).optional()
                .orElseThrow(() -> new InvalidCaseInputException("offerId", "no proactive offer " + offerId));
        if (!o.measure().equals(kz.shanyraq.law.assistance.TargetedSocialAssistance.ID) || !o.kind().equals("invitation")) {
            throw new InvalidCaseInputException("offerId", "offer " + offerId + " is not an invitation to apply for "
                    + "targeted social assistance");
        }
        if (o.status().equals("refused") || o.status().equals("expired")) {
            throw new CaseRefusedException("invitation-closed", "The invitation was " + o.status()
                    + "; the family may still apply in person.");
        }
        Long existing = jdbc.sql("select id from aid_case where offer_id = :o").param("o", offerId)
                .query(Long.class).optional().orElse(null);
        if (existing != null) {
            throw new CaseRefusedException("open-case", "Invitation " + offerId + " is already case " + existing + ".");
        }
        return register(officer, new NewApplication(o.iin(), null, "proactive-offer", account, offerId));
    }

    /** A correction of one item the applicant does not confirm. */
    public record NewCorrection(String kind, String memberId, YearMonth month, String incomeType, Long correctedValue,
                                String reason) {
    }

    @Transactional
    public long correct(Officer officer, long caseId, NewCorrection c) {
        access.requireRole(officer, "record a correction of the application", Role.CONSULTANT);
        CaseRow row = rows.load(caseId);
        access.requireTerritory(officer, caseId, row.familyId(), row.territory());
        rows.requireState(row, "correct the application", CaseState.REGISTERED, CaseState.SURVEYED);
        if (c.reason() == null || c.reason().isBlank()) {
            throw new InvalidCaseInputException("reason", "say why the registry's value is corrected");
        }
        Family family = registry.family(row.familyId(), row.appliedOn()).orElseThrow().family();
        if (c.memberId() == null || family.member(c.memberId()).isEmpty()) {
            throw new InvalidCaseInputException("memberId", "no member '" + c.memberId() + "' in the family on "
                    + row.appliedOn());
        }
        Long registryValue = null;
        switch (c.kind() == null ? "" : c.kind()) {
            case "income" -> {
                IncomeType type = CorrectedFamily.incomeType(c.incomeType());
                if (type == null) {
                    throw new InvalidCaseInputException("incomeType", "unknown income type '" + c.incomeType() + "'");
                }
                if (c.month() == null) {
                    throw new InvalidCaseInputException("month", "the month of the income (YYYY-MM) is required");
                }
                if (!c.month().isBefore(YearMonth.from(row.appliedOn()))) {
                    throw new InvalidCaseInputException("month", "only months before the application month count");
                }
                if (c.correctedValue() == null || c.correctedValue() < 0) {
                    throw new InvalidCaseInputException("correctedValue", "the corrected amount (tenge, ≥ 0) is required");
                }
                registryValue = family.incomes().stream().filter(i -> i.memberId().equals(c.memberId())
                                && i.month().equals(c.month()) && i.type() == type).mapToLong(Income::amount).sum();
            }
            case "member-absent" -> {
                if (c.memberId().equals(String.valueOf(row.applicantId()))) {
                    throw new InvalidCaseInputException("memberId", "the applicant cannot be absent from the family");
                }
            }
            default -> throw new InvalidCaseInputException("kind", "unknown correction '" + c.kind()
                    + "' (expected income or member-absent)");
        }
        long id = jdbc.sql("""
                        insert into aid_case_correction (case_id, kind, member_id, month, income_type, registry_value,
                                                         corrected_value, reason, corrected_by)
                        values (:c, :k, :m, :month, :type, :reg, :val, :reason, :by) returning id""")
                .param("c", caseId).param("k", c.kind()).param("m", c.memberId())
                .param("month", c.month() == null ? null : c.month().atDay(1)).param("type", c.incomeType())
                .param("reg", registryValue).param("val", c.correctedValue()).param("reason", c.reason().trim())
                .param("by", officer.name()).query(Long.class).single();
        rows.note(row, officer, "correct", null, c.kind() + " of member " + c.memberId()
                + (registryValue == null ? "" : ": registry " + registryValue + " → " + c.correctedValue())
                + " — " + c.reason().trim());
        return id;
    }

    /** The corrections of a case, oldest first. */
    public List<Correction> corrections(long caseId) {
        return jdbc.sql("select * from aid_case_correction where case_id = :c order by id").param("c", caseId)
                .query((rs, n) -> new Correction(rs.getLong("id"), rs.getString("kind"), rs.getString("member_id"),
                        rs.getObject("month", LocalDate.class) == null ? null
                                : YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getString("income_type"), (Long) rs.getObject("registry_value"),
                        (Long) rs.getObject("corrected_value"), rs.getString("reason"), rs.getString("corrected_by"),
                        rs.getObject("corrected_at", Timestamp.class).toInstant()))
                .list();
    }

    /** The family the law evaluates: the registry's as of the application day, with the corrections. */
    Family evaluatedFamily(CaseRow row) {
        Family registered = registry.family(row.familyId(), row.appliedOn()).orElseThrow().family();
        return CorrectedFamily.of(registered, corrections(row.id()));
    }
}
