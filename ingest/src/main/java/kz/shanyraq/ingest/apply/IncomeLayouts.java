package kz.shanyraq.ingest.apply;

import kz.shanyraq.law.family.IncomeType;

import java.util.Arrays;

import static kz.shanyraq.ingest.apply.Fields.BIN;
import static kz.shanyraq.ingest.apply.Fields.DATE;
import static kz.shanyraq.ingest.apply.Fields.IIN;
import static kz.shanyraq.ingest.apply.Fields.MONTH;
import static kz.shanyraq.ingest.apply.Fields.REFERENCE;
import static kz.shanyraq.ingest.apply.Fields.SOURCE_SYSTEM;
import static kz.shanyraq.ingest.apply.Fields.TENGE;
import static kz.shanyraq.ingest.apply.Fields.codes;
import static kz.shanyraq.ingest.apply.Fields.count;
import static kz.shanyraq.ingest.apply.Fields.optional;
import static kz.shanyraq.ingest.apply.Fields.required;
import static kz.shanyraq.ingest.apply.Fields.text;

/** Money and work: incomes, social-insurance contributions, employment contracts, unemployment. */
final class IncomeLayouts {

    private IncomeLayouts() {
    }

    static final Layout INCOMES = Layout.named("incomes", "Incomes by month, type and source",
                    "Pension and social contributions (ГЦВП), tax authority (КГД), benefit payers, banks")
            .person(required("iin", IIN, "the person who received the income"))
            .field(required("month", MONTH, "the month the income belongs to"))
            .field(required("type", codes(Arrays.stream(IncomeType.values()).map(IncomeType::code).toArray(String[]::new)),
                    "type of income (the law's income types; which of them count for АСП is a dated parameter)"))
            .field(required("source", SOURCE_SYSTEM, "the system that reported it"))
            .field(required("amount", TENGE, "amount in whole tenge for the month"))
            .key("iin", "month", "type", "source")
            .check(Checks.notBeforeBirth("iin", "month"))
            .write(Upsert.into("income")
                    .column("person_id", Value.personId("iin"))
                    .column("month", Value.field("month"))
                    .column("type", Value.field("type"))
                    .column("source", Value.field("source"))
                    .column("amount", Value.field("amount"))
                    .onConflict("person_id", "month", "type", "source").replacedByTheView().build())
            .build();

    static final Layout SOCIAL_CONTRIBUTIONS = Layout.named("social-contributions",
                    "Monthly income on which social contributions were paid", "State Social Insurance Fund (ГФСС)")
            .person(required("iin", IIN, "the insured person"))
            .field(required("month", MONTH, "the month"))
            .field(required("income", TENGE, "the income the contribution was paid on, whole tenge"))
            .key("iin", "month")
            .check(Checks.notBeforeBirth("iin", "month"))
            .write(Upsert.into("social_contribution")
                    .column("person_id", Value.personId("iin"))
                    .column("month", Value.field("month"))
                    .column("income", Value.field("income"))
                    .onConflict("person_id", "month").build())
            .build();

    static final Layout INSURANCE_PARTICIPATION = Layout.named("insurance-participation",
                    "Total months of participation in social insurance, as of a day", "State Social Insurance Fund (ГФСС)")
            .person(required("iin", IIN, "the insured person"))
            .field(required("as_of", DATE, "the day the total is reported for"))
            .field(required("months", count(1_200), "months of participation up to that day"))
            .key("iin", "as_of")
            .check(Checks.notBeforeBirth("iin", "as_of"))
            .write(Upsert.into("insurance_participation")
                    .column("person_id", Value.personId("iin"))
                    .column("as_of", Value.field("as_of"))
                    .column("months", Value.field("months"))
                    .onConflict("person_id", "as_of").build())
            .build();

    static final Layout EMPLOYMENT_CONTRACTS = Layout.named("employment-contracts", "Employment contracts",
                    "Unified system of labour-contract records (ЕСУТД)")
            .field(required("contract_ref", REFERENCE, "the contract's id in the source system"))
            .person(required("iin", IIN, "the employee"))
            .field(required("employer_bin", BIN, "the employer's BIN"))
            .field(required("started_on", DATE, "first day of work"))
            .field(optional("ended_on", DATE, "last day of work; empty while the contract runs"))
            .field(optional("end_reason", text(200), "why the contract ended, as the source states it"))
            .key("contract_ref")
            .check(Checks.period("started_on", "ended_on"))
            .check(Checks.notBeforeBirth("iin", "started_on"))
            .write(Upsert.into("employment_contract")
                    .generatedId("id", "registry_fact_id_seq")
                    .column("source_ref", Value.field("contract_ref"))
                    .column("person_id", Value.personId("iin"))
                    .column("employer_bin", Value.field("employer_bin"))
                    .column("started_on", Value.field("started_on"))
                    .column("ended_on", Value.field("ended_on"))
                    .column("end_reason", Value.field("end_reason"))
                    .onConflict("source_ref").onConflictWhere("source_ref is not null").build())
            .build();

    static final Layout UNEMPLOYMENT = Layout.named("unemployment", "Registrations as unemployed at a career centre",
                    "Career centres (employment information system)")
            .person(required("iin", IIN, "the registered person"))
            .field(required("registered_on", DATE, "day of registration"))
            .field(optional("ended_on", DATE, "day the registration ended; empty while registered"))
            .key("iin", "registered_on")
            .check(Checks.period("registered_on", "ended_on"))
            .check(Checks.notBeforeBirth("iin", "registered_on"))
            .write(Upsert.into("unemployment_registration")
                    .column("person_id", Value.personId("iin"))
                    .column("registered_on", Value.field("registered_on"))
                    .column("ended_on", Value.field("ended_on"))
                    .onConflict("person_id", "registered_on").build())
            .build();
}
