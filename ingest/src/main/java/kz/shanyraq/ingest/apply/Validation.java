package kz.shanyraq.ingest.apply;

import kz.shanyraq.ingest.format.Errors;
import kz.shanyraq.ingest.format.Field;
import kz.shanyraq.ingest.format.FieldType;
import kz.shanyraq.ingest.format.InvalidValue;
import kz.shanyraq.ingest.format.Messages;
import kz.shanyraq.ingest.format.SourceRecord;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a whole batch before anything is written: every value, every reference to the registry (or to what the
 * batch itself states), every rule across fields and records. All errors are collected, none stops the others.
 */
final class Validation {

    private Validation() {
    }

    /** Records a batch may have at most: a larger one is refused (split it), so a batch costs bounded memory. */
    static final int MAX_RECORDS = 200_000;

    /**
     * The first step, as the file streams in: each record's values are parsed and checked on their own (required,
     * type, format) and the row is kept for the checks across records. Past {@link #MAX_RECORDS} the batch is refused,
     * the rows are let go and the rest of the file is only checked record by record, its errors counted (at most
     * {@link Errors#MAX_LISTED} listed): memory stays bounded whatever the file's size.
     */
    static final class Reading {
        private final Layout layout;
        private final Errors errors;
        private List<Row> rows = new ArrayList<>();
        private int records;

        Reading(Layout layout, Errors errors) {
            this.layout = layout;
            this.errors = errors;
        }

        void add(SourceRecord record) {
            Row row = parse(layout, record, records, errors);
            records++;
            if (rows == null) {
                return;
            }
            if (records > MAX_RECORDS) {
                rows = null;
                errors.addWhole(record, Messages.tooManyRecords(MAX_RECORDS));
                return;
            }
            rows.add(row);
        }

        /** Whether every record was kept, so the checks across records can run. */
        boolean complete() {
            return rows != null;
        }

        List<Row> rows() {
            return rows == null ? List.of() : rows;
        }
    }

    /** The checks across records and against the registry, on a batch read in full by {@link Reading}. */
    static void validate(Layout layout, List<Row> rows, BatchContext ctx, Connection c, Errors errors)
            throws SQLException {
        loadReferences(layout, rows, ctx, c);
        for (Row row : rows) {
            references(layout, row, ctx, errors);
            for (RowCheck check : layout.checks()) {
                check.check(row, ctx, errors);
            }
        }
        duplicates(layout, rows, errors);
        for (BatchCheck check : layout.batchChecks()) {
            check.check(rows, ctx, c, errors);
        }
    }

    private static Row parse(Layout layout, SourceRecord record, int index, Errors errors) {
        Map<String, Object> values = new HashMap<>();
        for (Field field : layout.format().fields()) {
            String text = record.text(field.name());
            if (text == null) {
                if (field.required() && !record.broken().contains(field.name())) {
                    errors.add(record, field.name(), Messages.required());
                }
                continue;
            }
            try {
                values.put(field.name(), field.type().parse(text));
            } catch (InvalidValue e) {
                errors.add(record, field.name(), e.problem());
            }
        }
        return new Row(index, record, values);
    }

    private static void loadReferences(Layout layout, List<Row> rows, BatchContext ctx, Connection c) throws SQLException {
        Set<String> iins = new HashSet<>();
        Set<String> familyKeys = new HashSet<>();
        Set<String> districts = new HashSet<>();
        List<String> districtFields = layout.format().fields().stream()
                .filter(f -> f.type() instanceof FieldType.DistrictId).map(Field::name).toList();
        for (Row row : rows) {
            for (String f : layout.personRefs()) {
                if (row.has(f)) {
                    iins.add(row.text(f));
                }
            }
            if (layout.statesPersons() != null && row.has(layout.statesPersons())) {
                iins.add(row.text(layout.statesPersons()));
            }
            for (String f : layout.familyRefs()) {
                if (row.has(f)) {
                    familyKeys.add(row.text(f));
                }
            }
            for (String f : districtFields) {
                if (row.has(f)) {
                    districts.add(row.text(f));
                }
            }
        }
        ctx.loadPersons(c, iins);
        ctx.loadFamilies(c, familyKeys);
        ctx.loadRegionsAndDistricts(c, districts);
        String stated = layout.statesPersons();
        if (stated != null) {
            for (Row row : rows) {
                if (row.hasAll(stated, "birth_date", "sex")) {
                    ctx.statePerson(row.text(stated), row.date("birth_date"), row.text("sex"));
                }
            }
        }
        if (layout.formsFamilies() != null) {
            for (Row row : rows) {
                if (row.has(layout.formsFamilies())) {
                    ctx.stateFamily(row.text(layout.formsFamilies()));
                }
            }
        }
    }

    private static void references(Layout layout, Row row, BatchContext ctx, Errors errors) {
        for (String f : layout.personRefs()) {
            if (row.has(f) && ctx.person(row.text(f)) == null) {
                errors.add(row.source(), f, Messages.unknownPerson());
            }
        }
        for (String f : layout.familyRefs()) {
            if (row.has(f) && !ctx.knowsFamily(row.text(f))) {
                errors.add(row.source(), f, Messages.unknownFamily());
            }
        }
        String region = null;
        for (Field field : layout.format().fields()) {
            if (field.type() instanceof FieldType.RegionCode && row.has(field.name())) {
                if (!ctx.isRegion(row.text(field.name()))) {
                    errors.add(row.source(), field.name(), Messages.unknownRegionProblem());
                } else if (field.name().equals("region_code")) {
                    region = row.text(field.name());
                }
            }
        }
        for (Field field : layout.format().fields()) {
            if (field.type() instanceof FieldType.DistrictId && row.has(field.name())) {
                String districtRegion = ctx.regionOfDistrict(row.text(field.name()));
                if (districtRegion == null) {
                    errors.add(row.source(), field.name(), Messages.unknownDistrict());
                } else if (region != null && !region.equals(districtRegion)) {
                    errors.add(row.source(), field.name(), Messages.districtOutsideRegion());
                }
            }
        }
    }

    private static void duplicates(Layout layout, List<Row> rows, Errors errors) {
        List<String> key = layout.format().key();
        Map<List<Object>, Integer> first = new HashMap<>();
        for (Row row : rows) {
            List<Object> k = new ArrayList<>(key.size());
            boolean complete = true;
            for (String f : key) {
                Object v = row.get(f);
                complete &= v != null;
                k.add(v);
            }
            if (!complete) {
                continue;
            }
            Integer earlier = first.putIfAbsent(k, row.source().line());
            if (earlier != null) {
                errors.add(row.source(), key.get(key.size() - 1), Messages.duplicate(earlier));
            }
        }
    }
}
