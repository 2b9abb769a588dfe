package kz.shanyraq.ingest;

import kz.shanyraq.ingest.apply.Layouts;
import kz.shanyraq.ingest.format.RecordFormat;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of facts source systems send, one file format each (CSV and JSON). The code names the kind in files,
 * the REST API and {@code import_batch.source_kind}. Load order for a new registry: districts, persons,
 * family-members, addresses, then any other kind.
 */
public enum SourceKind {
    DISTRICTS("districts"),
    PERSONS("persons"),
    FAMILY_MEMBERS("family-members"),
    ADDRESSES("addresses"),
    RELATIONS("relations"),
    INCOMES("incomes"),
    SOCIAL_CONTRIBUTIONS("social-contributions"),
    INSURANCE_PARTICIPATION("insurance-participation"),
    EMPLOYMENT_CONTRACTS("employment-contracts"),
    UNEMPLOYMENT("unemployment"),
    DISABILITY("disability"),
    STUDY("study"),
    LONG_ILLNESS("long-illness"),
    CARE_DUTIES("care-duties"),
    AWARDS("awards"),
    MATERNITY_LEAVES("maternity-leaves"),
    REAL_ESTATE("real-estate"),
    VEHICLES("vehicles"),
    LAND("land"),
    LIVESTOCK("livestock"),
    LOANS("loans"),
    RESETTLEMENT("resettlement"),
    BREADWINNER_LOSS("breadwinner-loss"),
    NAMES("names"),
    PHONES("phones");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SourceKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** The kind's file format: fields, types, natural key. */
    public RecordFormat format() {
        return Layouts.of(this).format();
    }

    /** Where the JSON Schema of the kind's JSON format is on the classpath. */
    public String schemaResource() {
        return "/kz/shanyraq/ingest/schema/" + code + ".schema.json";
    }
}
