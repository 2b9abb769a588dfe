package kz.shanyraq.ingest.apply;

import kz.shanyraq.law.family.LoanKind;

import static kz.shanyraq.ingest.apply.Fields.DATE;
import static kz.shanyraq.ingest.apply.Fields.IIN;
import static kz.shanyraq.ingest.apply.Fields.REFERENCE;
import static kz.shanyraq.ingest.apply.Fields.REGION;
import static kz.shanyraq.ingest.apply.Fields.TENGE;
import static kz.shanyraq.ingest.apply.Fields.codes;
import static kz.shanyraq.ingest.apply.Fields.count;
import static kz.shanyraq.ingest.apply.Fields.from;
import static kz.shanyraq.ingest.apply.Fields.optional;
import static kz.shanyraq.ingest.apply.Fields.positive;
import static kz.shanyraq.ingest.apply.Fields.required;
import static kz.shanyraq.ingest.apply.Fields.to;
import static kz.shanyraq.ingest.apply.Fields.whole;

/**
 * What people own and owe. Property, vehicles, plots and loans are keyed by the source's own identifier and the
 * owner: co-owners are one row each, and a sale closes one owner's period and opens another's.
 */
final class AssetLayouts {

    private AssetLayouts() {
    }

    static final Layout REAL_ESTATE = Layout.named("real-estate", "Real estate owned",
                    "Legal cadastre (ЕГРН: unified state register of real estate)")
            .field(required("property_ref", REFERENCE, "cadastral number of the property"))
            .person(required("iin", IIN, "the owner (co-owners: one record each)"))
            .field(required("kind", codes("dwelling", "commercial", "other"), "kind of property"))
            .field(optional("region_code", REGION, "region where it lies"))
            .field(optional("area_m2", positive("100000000", 2), "area in square metres"))
            .field(from())
            .field(to())
            .key("property_ref", "iin")
            .check(Checks.period("valid_from", "valid_to"))
            .write(Upsert.into("real_estate")
                    .generatedId("id", "registry_fact_id_seq")
                    .column("source_ref", Value.field("property_ref"))
                    .column("person_id", Value.personId("iin"))
                    .column("kind", Value.field("kind"))
                    .column("region_code", Value.field("region_code"))
                    .column("area_m2", Value.field("area_m2"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("source_ref", "person_id").onConflictWhere("source_ref is not null").build())
            .build();

    static final Layout VEHICLES = Layout.named("vehicles", "Vehicles owned", "Vehicle register (police)")
            .field(required("vehicle_ref", REFERENCE, "VIN or registration record of the vehicle"))
            .person(required("iin", IIN, "the owner"))
            .field(required("kind", codes("car", "truck", "motorcycle", "agricultural", "other"), "kind of vehicle"))
            .field(optional("made_year", whole(1900, 2100), "year of manufacture"))
            .field(from())
            .field(to())
            .key("vehicle_ref", "iin")
            .check(Checks.period("valid_from", "valid_to"))
            .write(Upsert.into("vehicle")
                    .generatedId("id", "registry_fact_id_seq")
                    .column("source_ref", Value.field("vehicle_ref"))
                    .column("person_id", Value.personId("iin"))
                    .column("kind", Value.field("kind"))
                    .column("made_year", Value.field("made_year"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("source_ref", "person_id").onConflictWhere("source_ref is not null").build())
            .build();

    static final Layout LAND = Layout.named("land", "Land plots held", "Land cadastre")
            .field(required("plot_ref", REFERENCE, "cadastral number of the plot"))
            .person(required("iin", IIN, "the holder"))
            .field(required("hectares", positive("100000000", 4), "area in hectares"))
            .field(required("purpose", codes("household", "agricultural", "other"), "purpose of the plot"))
            .field(from())
            .field(to())
            .key("plot_ref", "iin")
            .check(Checks.period("valid_from", "valid_to"))
            .write(Upsert.into("land_plot")
                    .generatedId("id", "registry_fact_id_seq")
                    .column("source_ref", Value.field("plot_ref"))
                    .column("person_id", Value.personId("iin"))
                    .column("hectares", Value.field("hectares"))
                    .column("purpose", Value.field("purpose"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("source_ref", "person_id").onConflictWhere("source_ref is not null").build())
            .build();

    static final Layout LIVESTOCK = Layout.named("livestock", "Livestock by species, counted on a day",
                    "Animal identification database (agriculture)")
            .person(required("iin", IIN, "the owner"))
            .field(required("species", codes("cattle", "horse", "sheep", "goat", "camel", "pig", "poultry"), "species"))
            .field(required("head", count(1_000_000), "number of animals"))
            .field(required("as_of", DATE, "the day of the count"))
            .key("iin", "species", "as_of")
            .check(Checks.notBeforeBirth("iin", "as_of"))
            .write(Upsert.into("livestock")
                    .column("person_id", Value.personId("iin"))
                    .column("species", Value.field("species"))
                    .column("head", Value.field("head"))
                    .column("as_of", Value.field("as_of"))
                    .onConflict("person_id", "species", "as_of").build())
            .build();

    static final Layout LOANS = Layout.named("loans", "Loans: mortgages and other credit", "Credit bureau")
            .field(required("loan_ref", REFERENCE, "the loan contract's number at the lender"))
            .person(required("iin", IIN, "the borrower (co-borrowers: one record each)"))
            .field(required("kind", codes(LoanKind.class), "kind of loan"))
            .field(required("principal", TENGE, "principal in whole tenge"))
            .field(required("opened_on", DATE, "day the loan was issued"))
            .field(optional("closed_on", DATE, "day it was repaid or closed; empty while open"))
            .key("loan_ref", "iin")
            .check(Checks.period("opened_on", "closed_on"))
            .check(Checks.notBeforeBirth("iin", "opened_on"))
            .write(Upsert.into("loan")
                    .generatedId("id", "registry_fact_id_seq")
                    .column("source_ref", Value.field("loan_ref"))
                    .column("person_id", Value.personId("iin"))
                    .column("kind", Value.field("kind"))
                    .column("principal", Value.field("principal"))
                    .column("opened_on", Value.field("opened_on"))
                    .column("closed_on", Value.field("closed_on"))
                    .onConflict("source_ref", "person_id").onConflictWhere("source_ref is not null").build())
            .build();
}
