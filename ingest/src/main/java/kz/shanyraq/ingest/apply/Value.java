package kz.shanyraq.ingest.apply;

/** Where a column's value comes from: a field of the record, an id the registry knows, or a constant. */
@FunctionalInterface
public interface Value {

    Object of(Row row, BatchContext context);

    static Value field(String name) {
        return (row, ctx) -> row.get(name);
    }

    /** A field, or another field when it is empty (a status stated from birth). */
    static Value fieldOr(String name, String otherwise) {
        return (row, ctx) -> row.has(name) ? row.get(name) : row.get(otherwise);
    }

    static Value fieldOrConstant(String name, Object otherwise) {
        return (row, ctx) -> row.has(name) ? row.get(name) : otherwise;
    }

    static Value personId(String iinField) {
        return (row, ctx) -> row.has(iinField) ? ctx.personId(row.text(iinField)) : null;
    }

    static Value familyId(String keyField) {
        return (row, ctx) -> ctx.familyId(row.text(keyField));
    }

    static Value constant(Object value) {
        return (row, ctx) -> value;
    }

    /** The provenance text of what an operator loaded: which batch, by whom. */
    static Value loadedBy() {
        return (row, ctx) -> "batch " + ctx.batchId() + ", loaded by " + ctx.importedBy();
    }
}
