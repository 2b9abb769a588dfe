package kz.shanyraq.synth.load;

/**
 * The registry tables the synthetic country fills (schema V1), with the columns in the order the rows are
 * written. {@link #INCOME}, the largest, is streamed to PostgreSQL while the country is generated; the others are
 * written to spill files and copied after it.
 */
public enum RegistryTable {
    /** Incomes by person, year, type and source, the months in an array (V103; read through the view {@code income}). */
    INCOME("income_year", "person_id, year, type, source, amounts"),
    PERSON("person", "id, iin, birth_date, sex, death_date, mother_id, birth_order"),
    PERSON_STATUS("person_status", "person_id, status, valid_from, valid_to"),
    FAMILY("family", "id, created_on"),
    FAMILY_MEMBER("family_member", "family_id, person_id, relation, valid_from, valid_to"),
    FAMILY_ADDRESS("family_address", "family_id, region_code, district_id, locality, valid_from, valid_to"),
    PERSON_RELATION("person_relation", "person_id, related_person_id, kind, valid_from, valid_to"),
    SOCIAL_CONTRIBUTION("social_contribution", "person_id, month, income"),
    INSURANCE_PARTICIPATION("insurance_participation", "person_id, as_of, months"),
    EMPLOYMENT_CONTRACT("employment_contract", "id, person_id, employer_bin, started_on, ended_on, end_reason"),
    UNEMPLOYMENT_REGISTRATION("unemployment_registration", "person_id, registered_on, ended_on"),
    DISABILITY("disability", "person_id, grp, cause, work_capacity_loss_percent, valid_from, valid_to"),
    STUDY("study", "person_id, full_time, valid_from, valid_to"),
    LONG_ILLNESS("long_illness", "person_id, valid_from, valid_to"),
    CARE_DUTY("care_duty", "carer_id, cared_id, valid_from, valid_to"),
    AWARD("award", "person_id, kind, awarded_on"),
    MATERNITY_LEAVE("maternity_leave", "person_id, starts_on, days"),
    REAL_ESTATE("real_estate", "id, person_id, kind, region_code, area_m2, valid_from, valid_to"),
    VEHICLE("vehicle", "id, person_id, kind, made_year, valid_from, valid_to"),
    LAND_PLOT("land_plot", "id, person_id, hectares, purpose, valid_from, valid_to"),
    LIVESTOCK("livestock", "person_id, species, head, as_of"),
    LOAN("loan", "id, person_id, kind, principal, opened_on, closed_on"),
    RESETTLEMENT("resettlement", "family_id, kind, in_regional_quota, from_region, settled_on, rent_rate_mrp"),
    BREADWINNER_LOSS("breadwinner_loss", "family_id, deceased_id, died_on, both_parents_lost");

    public static final RegistryTable STREAMED = INCOME;

    public final String table;
    public final String columns;

    RegistryTable(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }
}
