package kz.shanyraq.ingest.labour;

import kz.shanyraq.ingest.ImportError.Reason;
import kz.shanyraq.ingest.apply.Checks;
import kz.shanyraq.ingest.apply.Layout;
import kz.shanyraq.ingest.apply.RowCheck;
import kz.shanyraq.ingest.apply.Upsert;
import kz.shanyraq.ingest.apply.Value;
import kz.shanyraq.ingest.format.FieldType;
import kz.shanyraq.ingest.format.Problem;
import kz.shanyraq.law.labour.LabourFines;

import java.math.BigDecimal;


import static kz.shanyraq.ingest.apply.Fields.BIN;
import static kz.shanyraq.ingest.apply.Fields.DATE;
import static kz.shanyraq.ingest.apply.Fields.DISTRICT;
import static kz.shanyraq.ingest.apply.Fields.FLAG;
import static kz.shanyraq.ingest.apply.Fields.MONTH;
import static kz.shanyraq.ingest.apply.Fields.REFERENCE;
import static kz.shanyraq.ingest.apply.Fields.REGION;
import static kz.shanyraq.ingest.apply.Fields.TENGE;
import static kz.shanyraq.ingest.apply.Fields.codes;
import static kz.shanyraq.ingest.apply.Fields.count;
import static kz.shanyraq.ingest.apply.Fields.from;
import static kz.shanyraq.ingest.apply.Fields.optional;
import static kz.shanyraq.ingest.apply.Fields.positive;
import static kz.shanyraq.ingest.apply.Fields.required;
import static kz.shanyraq.ingest.apply.Fields.text;
import static kz.shanyraq.ingest.apply.Fields.to;
import static kz.shanyraq.ingest.apply.Fields.whole;

/** The file formats of the labour side's source kinds and how each is written (tables of V50). */
final class EnterpriseLayouts {

    private EnterpriseLayouts() {
    }

    private static final FieldType OKED = new FieldType.Label("[0-9]{2}([0-9]{1,3})?",
            "ОКЭД code: the 2-digit division or up to 5 digits without dots (e.g. 05, 0510, 05100)");
    private static final FieldType HOURS = positive("10000", 1);

    static final Layout ENTERPRISES = Layout.named("enterprises", "Enterprises (legal entities) by BIN",
                    "National register of business identification numbers; statistical business register")
            .field(required("bin", BIN, "the enterprise's BIN"))
            .field(required("name", text(300), "registered name"))
            .field(required("oked", OKED, "main economic activity (ОКЭД)"))
            .field(required("region_code", REGION, "region of the registered address"))
            .field(optional("district_id", DISTRICT, "district; must be in the region"))
            .field(required("size", codes("micro", "small", "medium", "large"), "size class of the enterprise"))
            .field(required("registered_on", DATE, "date of state registration"))
            .field(optional("liquidated_on", DATE, "date of liquidation; empty while active"))
            .key("bin")
            .check(Checks.period("registered_on", "liquidated_on"))
            .write(Upsert.into("enterprise")
                    .column("bin", Value.field("bin"))
                    .column("name", Value.field("name"))
                    .column("oked", Value.field("oked"))
                    .column("region_code", Value.field("region_code"))
                    .column("district_id", Value.field("district_id"))
                    .column("size", Value.field("size"))
                    .column("registered_on", Value.field("registered_on"))
                    .column("liquidated_on", Value.field("liquidated_on"))
                    .onConflict("bin").build())
            .build();

    static final Layout STAFF_MONTHS = Layout.named("enterprise-staff", "Labour contracts per enterprise and month",
                    "ЕСУТД (unified system of labour-contract accounting, enbek.kz)")
            .field(required("bin", BIN, "the employer"))
            .field(required("month", MONTH, "the month"))
            .field(required("esutd_contracts", count(10_000_000), "labour contracts running at the month's end"))
            .field(required("hires", count(10_000_000), "contracts concluded in the month"))
            .field(required("separations", count(10_000_000), "contracts ended in the month, for any reason"))
            .field(required("layoffs", count(10_000_000), "of them: released for staff reduction or liquidation"))
            .key("bin", "month")
            .check(notMore("layoffs", "separations"))
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("enterprise_staff_month")
                    .column("bin", Value.field("bin"))
                    .column("month", Value.field("month"))
                    .column("esutd_contracts", Value.field("esutd_contracts"))
                    .column("hires", Value.field("hires"))
                    .column("separations", Value.field("separations"))
                    .column("layoffs", Value.field("layoffs"))
                    .onConflict("bin", "month").build())
            .build();

    static final Layout CONTRIBUTION_MONTHS = Layout.named("enterprise-contributions",
                    "Pension contributions and social-payment arrears per enterprise and month", "ГЦВП / ЕНПФ")
            .field(required("bin", BIN, "the employer (tax agent)"))
            .field(required("month", MONTH, "the month the contributions are for"))
            .field(required("pension_payers", count(10_000_000), "workers for whom ОПВ was paid"))
            .field(required("wage_fund", TENGE, "wages the contributions were computed on, tenge"))
            .field(optional("social_arrears", TENGE, "ОПВ, СО, ОСМС owed and unpaid at the month's end, tenge"))
            .key("bin", "month")
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("enterprise_contribution_month")
                    .column("bin", Value.field("bin"))
                    .column("month", Value.field("month"))
                    .column("pension_payers", Value.field("pension_payers"))
                    .column("wage_fund", Value.field("wage_fund"))
                    .column("social_arrears", Value.fieldOrConstant("social_arrears", 0L))
                    .onConflict("bin", "month").build())
            .build();

    static final Layout ACCIDENT_INSURANCE = Layout.named("accident-insurance",
                    "Compulsory accident-insurance contracts of employers (ОСНС)", "Insurers via the insurance database")
            .field(required("contract_ref", REFERENCE, "the insurance contract's number"))
            .field(required("bin", BIN, "the insured employer"))
            .field(optional("insurer", text(200), "the insurance company"))
            .field(from())
            .field(to())
            .key("contract_ref")
            .check(Checks.period("valid_from", "valid_to"))
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("accident_insurance_contract")
                    .column("contract_ref", Value.field("contract_ref"))
                    .column("bin", Value.field("bin"))
                    .column("insurer", Value.field("insurer"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("contract_ref").build())
            .build();

    static final Layout WAGE_ARREARS = Layout.named("wage-arrears", "Wage arrears reported on a day",
                    "Labour inspectorate operational report on wage arrears")
            .field(required("bin", BIN, "the employer"))
            .field(required("as_of", DATE, "the day the arrears are reported for"))
            .field(required("amount", TENGE, "wages owed and unpaid, tenge (0: arrears paid off)"))
            .field(required("workers", count(10_000_000), "workers owed"))
            .field(optional("oldest_unpaid_month", MONTH, "the oldest month not paid"))
            .field(optional("recovered", TENGE, "recovered by the inspectorate up to that day, tenge"))
            .key("bin", "as_of")
            .check(Checks.notInFuture("as_of"))
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("wage_arrears_report")
                    .column("bin", Value.field("bin"))
                    .column("as_of", Value.field("as_of"))
                    .column("amount", Value.field("amount"))
                    .column("workers", Value.field("workers"))
                    .column("oldest_unpaid_month", Value.field("oldest_unpaid_month"))
                    .column("recovered", Value.fieldOrConstant("recovered", 0L))
                    .onConflict("bin", "as_of").build())
            .build();

    static final Layout ACCIDENTS = Layout.named("workplace-accidents",
                    "Accidents at work: notification, investigation, the Н-1 act",
                    "АИС «Охрана труда и безопасность» (HR Enbek integration)")
            .field(required("accident_ref", REFERENCE, "the accident's number"))
            .field(required("bin", BIN, "the employer"))
            .field(required("occurred_on", DATE, "day of the accident"))
            .field(required("severity", codes("light", "severe", "fatal"), "worst outcome"))
            .field(required("victims", count(10_000), "workers injured or killed"))
            .field(optional("killed", count(10_000), "workers killed"))
            .field(optional("notified_on", DATE, "day the employer notified"))
            .field(optional("commission_on", DATE, "day the investigation commission was formed"))
            .field(optional("act_n1_on", DATE, "day the Н-1 act was signed"))
            .key("accident_ref")
            .check(Checks.notInFuture("occurred_on"))
            .check(notMore("killed", "victims"))
            .check(fatalHasKilled())
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("workplace_accident")
                    .column("accident_ref", Value.field("accident_ref"))
                    .column("bin", Value.field("bin"))
                    .column("occurred_on", Value.field("occurred_on"))
                    .column("severity", Value.field("severity"))
                    .column("victims", Value.field("victims"))
                    .column("killed", Value.fieldOrConstant("killed", 0L))
                    .column("notified_on", Value.field("notified_on"))
                    .column("commission_on", Value.field("commission_on"))
                    .column("act_n1_on", Value.field("act_n1_on"))
                    .column("source", Value.constant("inspectorate"))
                    .onConflict("accident_ref").build())
            .build();

    static final Layout INSPECTIONS = Layout.named("labour-inspections", "Inspections and preventive control",
                    "АИС «Охрана труда и безопасность» (inspectors' personal account)")
            .field(required("inspection_ref", REFERENCE, "the inspection's number"))
            .field(required("bin", BIN, "the enterprise inspected"))
            .field(required("kind", codes("scheduled", "unscheduled", "preventive-visit", "preventive-no-visit"), "form of control"))
            .field(required("reason", codes("preventive-control-list", "complaint", "accident", "prescription-check", "data-signal", "other"), "why"))
            .field(required("started_on", DATE, "first day"))
            .field(optional("finished_on", DATE, "last day; empty while running"))
            .field(optional("inspector", text(100), "the inspector's login"))
            .key("inspection_ref")
            .check(Checks.period("started_on", "finished_on"))
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("labour_inspection")
                    .column("inspection_ref", Value.field("inspection_ref"))
                    .column("bin", Value.field("bin"))
                    .column("kind", Value.field("kind"))
                    .column("reason", Value.field("reason"))
                    .column("started_on", Value.field("started_on"))
                    .column("finished_on", Value.field("finished_on"))
                    .column("inspector", Value.field("inspector"))
                    .onConflict("inspection_ref").build())
            .build();

    /** The fine in tenge at the МРП for fines on the violation day: the one rule of {@link LabourFines}. */
    private static final LabourFines FINES = LabourFines.standard();

    static final Layout VIOLATIONS = Layout.named("labour-violations", "Violations found by an inspection",
                    "АИС «Охрана труда и безопасность» (inspectors' personal account)")
            .field(required("inspection_ref", REFERENCE, "the inspection that found it"))
            .field(required("item", whole(1, 100_000), "the violation's number within the inspection"))
            .field(required("severity", codes("gross", "significant", "minor"), "grade (Entrepreneurial Code art. 143)"))
            .field(optional("checklist_item", new FieldType.Label("[a-z0-9-]{1,60}", "checklist item code"),
                    "the checklist item not complied with"))
            .field(required("found_on", DATE, "day the violation was found"))
            .field(optional("fine_mrp", positive("100000", 2), "fine imposed, in МРП"))
            .field(optional("fixed_on", DATE, "day it was fixed; empty while not"))
            .field(optional("description", text(2000), "what was found"))
            .key("inspection_ref", "item")
            .check(Checks.notInFuture("found_on"))
            .check(Checks.notBefore("fixed_on", "found_on"))
            .check(KnownInspections.in("inspection_ref", null, "found_on"))
            .write(Upsert.into("labour_violation")
                    .column("inspection_ref", Value.field("inspection_ref"))
                    .column("item", Value.field("item"))
                    .column("severity", Value.field("severity"))
                    .column("checklist_item", Value.field("checklist_item"))
                    .column("found_on", Value.field("found_on"))
                    .column("fine_mrp", Value.field("fine_mrp"))
                    .column("mrp_value", (row, ctx) -> row.has("fine_mrp")
                            ? FINES.fine((BigDecimal) row.get("fine_mrp"), row.date("found_on")).mrpValue() : null)
                    .column("fine_kzt", (row, ctx) -> row.has("fine_mrp")
                            ? FINES.fine((BigDecimal) row.get("fine_mrp"), row.date("found_on")).tenge() : null)
                    .column("fixed_on", Value.field("fixed_on"))
                    .column("description", Value.field("description"))
                    .onConflict("inspection_ref", "item").build())
            .build();

    static final Layout PRESCRIPTIONS = Layout.named("labour-prescriptions",
                    "Prescriptions issued by an inspection, with deadlines and execution",
                    "АИС «Охрана труда и безопасность» (inspectors' personal account)")
            .field(required("prescription_ref", REFERENCE, "the prescription's number"))
            .field(required("inspection_ref", REFERENCE, "the inspection that issued it"))
            .field(required("bin", BIN, "the enterprise it is addressed to (the one inspected)"))
            .field(required("issued_on", DATE, "day issued"))
            .field(required("deadline", DATE, "day by which it must be executed"))
            .field(optional("executed_on", DATE, "day executed; empty while not"))
            .key("prescription_ref")
            .check(Checks.notInFuture("issued_on"))
            .check(Checks.notBefore("deadline", "issued_on"))
            .check(Checks.notBefore("executed_on", "issued_on"))
            .check(KnownEnterprises.in("bin"))
            .check(KnownInspections.in("inspection_ref", "bin", "issued_on"))
            .write(Upsert.into("labour_prescription")
                    .column("prescription_ref", Value.field("prescription_ref"))
                    .column("inspection_ref", Value.field("inspection_ref"))
                    .column("bin", Value.field("bin"))
                    .column("issued_on", Value.field("issued_on"))
                    .column("deadline", Value.field("deadline"))
                    .column("executed_on", Value.field("executed_on"))
                    .onConflict("prescription_ref").build())
            .build();

    static final Layout COMPLAINTS = Layout.named("worker-complaints", "Workers' complaints", "e-Otinish; inspectorate")
            .field(required("complaint_ref", REFERENCE, "the complaint's number"))
            .field(required("bin", BIN, "the employer complained of"))
            .field(required("received_on", DATE, "day received"))
            .field(required("topic", codes("wages", "contract", "dismissal", "safety", "leave", "other"), "what it is about"))
            .key("complaint_ref")
            .check(Checks.notInFuture("received_on"))
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("worker_complaint")
                    .column("complaint_ref", Value.field("complaint_ref"))
                    .column("bin", Value.field("bin"))
                    .column("received_on", Value.field("received_on"))
                    .column("topic", Value.field("topic"))
                    .onConflict("complaint_ref").build())
            .build();

    static final Layout COLLECTIVE_AGREEMENTS = Layout.named("collective-agreements", "Collective agreements",
                    "Collective-agreement registry (enbek.kz)")
            .field(required("agreement_ref", REFERENCE, "the agreement's registration number"))
            .field(required("bin", BIN, "the employer"))
            .field(from())
            .field(to())
            .field(optional("workers_covered", count(10_000_000), "workers it covers"))
            .key("agreement_ref")
            .check(Checks.period("valid_from", "valid_to"))
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("collective_agreement")
                    .column("agreement_ref", Value.field("agreement_ref"))
                    .column("bin", Value.field("bin"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .column("workers_covered", Value.field("workers_covered"))
                    .onConflict("agreement_ref").build())
            .build();

    static final Layout TRADE_UNIONS = Layout.named("trade-unions", "Trade unions at enterprises",
                    "Federation of Trade Unions; registration of primary organisations")
            .field(required("bin", BIN, "the enterprise"))
            .field(from())
            .field(to())
            .field(optional("members", count(10_000_000), "members"))
            .key("bin", "valid_from")
            .check(Checks.period("valid_from", "valid_to"))
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("trade_union_presence")
                    .column("bin", Value.field("bin"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .column("members", Value.field("members"))
                    .onConflict("bin", "valid_from").build())
            .build();

    static final Layout VISION_ZERO = Layout.named("vision-zero", "Vision Zero membership", "Ministry (Vision Zero campaign)")
            .field(required("bin", BIN, "the enterprise"))
            .field(from())
            .field(to())
            .key("bin", "valid_from")
            .check(Checks.period("valid_from", "valid_to"))
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("vision_zero_membership")
                    .column("bin", Value.field("bin"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("bin", "valid_from").build())
            .build();

    static final Layout INSOLVENCY = Layout.named("insolvency", "Bankruptcy and rehabilitation procedures",
                    "State revenue committee (КГД) register of insolvency procedures")
            .field(required("bin", BIN, "the enterprise"))
            .field(required("kind", codes("rehabilitation", "bankruptcy"), "procedure"))
            .field(from())
            .field(to())
            .key("bin", "valid_from")
            .check(Checks.period("valid_from", "valid_to"))
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("enterprise_insolvency")
                    .column("bin", Value.field("bin"))
                    .column("kind", Value.field("kind"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("bin", "valid_from").build())
            .build();

    static final Layout CONFLICTS = Layout.named("labour-conflicts",
                    "Collective disputes, conflicts, protests and stoppages, with the recording source",
                    "Ministry (КГИТ) monitoring; trade unions' conflict monitoring")
            .field(required("source", codes("ministry", "trade-unions"), "who recorded it"))
            .field(required("conflict_ref", REFERENCE, "the recording source's own number"))
            .field(required("bin", BIN, "the enterprise"))
            .field(required("kind", codes("dispute", "conflict", "protest", "stoppage"),
                    "dispute (registered collective labour dispute), conflict, protest, or stoppage of work"))
            .field(required("started_on", DATE, "first day"))
            .field(optional("ended_on", DATE, "last day; empty while going on"))
            .field(optional("stoppage_hours", HOURS, "hours work stopped (stoppages only; 3 or more is a strike)"))
            .field(optional("participants", count(10_000_000), "approximate number of workers taking part"))
            .field(optional("demands", text(1000), "the workers' demands"))
            .key("source", "conflict_ref")
            .check(Checks.period("started_on", "ended_on"))
            .check(hoursOnlyForStoppages())
            .check(KnownEnterprises.in("bin"))
            .write(Upsert.into("labour_conflict")
                    .column("source", Value.field("source"))
                    .column("conflict_ref", Value.field("conflict_ref"))
                    .column("bin", Value.field("bin"))
                    .column("kind", Value.field("kind"))
                    .column("started_on", Value.field("started_on"))
                    .column("ended_on", Value.field("ended_on"))
                    .column("stoppage_hours", Value.field("stoppage_hours"))
                    .column("participants", Value.field("participants"))
                    .column("demands", Value.field("demands"))
                    .onConflict("source", "conflict_ref").build())
            .build();

    private static RowCheck notMore(String part, String whole) {
        return (row, ctx, errors) -> {
            if (row.hasAll(part, whole) && ((Number) row.get(part)).longValue() > ((Number) row.get(whole)).longValue()) {
                errors.add(row.source(), part, Problem.of(Reason.INCONSISTENT,
                        "значение больше, чем " + whole, "мәні " + whole + " мәнінен үлкен", "more than " + whole));
            }
        };
    }

    private static RowCheck fatalHasKilled() {
        return (row, ctx, errors) -> {
            if ("fatal".equals(row.get("severity")) && (!row.has("killed") || ((Number) row.get("killed")).longValue() < 1)) {
                errors.add(row.source(), "killed", Problem.of(Reason.INCONSISTENT,
                        "при смертельном исходе укажите число погибших (1 и более)",
                        "өліммен аяқталған жағдайда қаза тапқандар санын көрсетіңіз (1 және одан көп)",
                        "a fatal accident needs the number killed (1 or more)"));
            }
        };
    }

    private static RowCheck hoursOnlyForStoppages() {
        return (row, ctx, errors) -> {
            if (row.has("stoppage_hours") && !"stoppage".equals(row.get("kind"))) {
                errors.add(row.source(), "stoppage_hours", Problem.of(Reason.INCONSISTENT,
                        "часы остановки работы указываются только для остановок работы (kind = stoppage)",
                        "жұмыс тоқтау сағаттары тек жұмыс тоқтаулары үшін көрсетіледі (kind = stoppage)",
                        "stoppage hours are given only for stoppages (kind = stoppage)"));
            }
        };
    }

}
