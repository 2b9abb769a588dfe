package kz.shanyraq.app.lifeevents;

import kz.shanyraq.ingest.format.FieldType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a source system reports about a person, and the data fields each kind carries besides the common ones
 * (source system, source id, kind, effective date, subject IIN). Field types are the importer's, so an IIN or a BIN is
 * checked here exactly as in a registry batch.
 */
public enum LifeEventKind {
    /** Civil registry (ЗАГС): a child is born; the subject is the child, the effective date the birth date. */
    BIRTH_REGISTERED("birth-registered", define(
            req("sex", new FieldType.Code(List.of("F", "M"))),
            req("motherIin", new FieldType.IinValue()),
            opt("fatherIin", new FieldType.IinValue()),
            opt("birthOrder", new FieldType.WholeNumber(1, 30, false)))),
    /** Civil registry: the subject died on the effective date. */
    DEATH_REGISTERED("death-registered", define(new DataField[0])),
    /** Medical and social expertise (МСЭ): disability established or its group changed from the effective date. */
    DISABILITY_ESTABLISHED("disability-established", define(
            opt("group", new FieldType.WholeNumber(1, 3, false)),
            req("cause", new FieldType.Code(List.of("general-illness", "childhood", "work-injury",
                    "occupational-disease", "other"))),
            opt("lossPercent", new FieldType.WholeNumber(0, 100, false)),
            opt("validTo", new FieldType.DateValue()))),
    MARRIAGE("marriage", define(req("spouseIin", new FieldType.IinValue()))),
    DIVORCE("divorce", define(req("spouseIin", new FieldType.IinValue()))),
    /** State awards to mothers («Күміс алқа», «Алтын алқа», …). */
    AWARD_GRANTED("award-granted", define(req("award", new FieldType.Code(List.of("kumis-alka", "altyn-alka",
            "mother-heroine", "maternal-glory-1", "maternal-glory-2"))))),
    /** Employment contracts system (ЕСУТД): a contract ended on the effective date. */
    EMPLOYMENT_TERMINATED("employment-terminated", define(
            req("employerBin", new FieldType.BinValue()),
            opt("reason", new FieldType.FreeText(200)))),
    /** An income of a month (State Revenue Committee, pension fund, …). */
    INCOME_CHANGED("income-changed", define(
            req("month", new FieldType.MonthValue()),
            req("type", new FieldType.Code(List.of("wage", "entrepreneurial", "pension", "social-benefit",
                    "scholarship", "alimony", "subsidiary-farming", "property-rent-or-sale", "other"))),
            req("source", new FieldType.Label("^[a-z0-9][a-z0-9._-]{1,39}$", "a source system code")),
            req("amount", new FieldType.WholeNumber(0, 100_000_000_000L, true)))),
    KANDAS_STATUS_GRANTED("kandas-status-granted", define(new DataField[0])),
    STUDY_STARTED("study-started", define(req("fullTime", new FieldType.Flag()))),
    STUDY_ENDED("study-ended", define(new DataField[0])),
    /** ГФСС: social contributions paid on a month's income. */
    CONTRIBUTIONS_REPORTED("contributions-reported", define(
            req("month", new FieldType.MonthValue()),
            req("income", new FieldType.WholeNumber(0, 100_000_000_000L, true)))),
    /** The family of the subject moved on the effective date. */
    ADDRESS_CHANGED("address-changed", define(
            req("region", new FieldType.RegionCode()),
            opt("district", new FieldType.DistrictId()),
            req("locality", new FieldType.Code(List.of("urban", "rural"))))),
    /** Produced by the server's daily scan, never by a source system: a person reached an age that matters. */
    AGE_THRESHOLD("age-threshold", define(req("threshold", new FieldType.Code(List.of("1", "1.5", "6", "7", "18",
            "pension")))));

    /** A data field: its name, its type and whether it must be present. */
    public record DataField(String name, FieldType type, boolean required) {
    }

    private final String code;
    private final Map<String, DataField> fields;

    LifeEventKind(String code, Map<String, DataField> fields) {
        this.code = code;
        this.fields = fields;
    }

    public String code() {
        return code;
    }

    public Map<String, DataField> fields() {
        return fields;
    }

    /** Whether source systems may send this kind (the age threshold is the server's own). */
    public boolean external() {
        return this != AGE_THRESHOLD;
    }

    public static Optional<LifeEventKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static List<String> externalCodes() {
        return Arrays.stream(values()).filter(LifeEventKind::external).map(LifeEventKind::code).toList();
    }

    private static DataField req(String name, FieldType type) {
        return new DataField(name, type, true);
    }

    private static DataField opt(String name, FieldType type) {
        return new DataField(name, type, false);
    }

    private static Map<String, DataField> define(DataField... fields) {
        Map<String, DataField> map = new LinkedHashMap<>();
        for (DataField f : fields) {
            map.put(f.name(), f);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
