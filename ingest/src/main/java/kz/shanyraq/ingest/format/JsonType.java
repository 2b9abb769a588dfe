package kz.shanyraq.ingest.format;

/** How a field's value is written in the JSON format (a CSV cell is always text). */
public enum JsonType {
    STRING("string"), INTEGER("integer"), NUMBER("number"), BOOLEAN("boolean");

    private final String schemaName;

    JsonType(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The JSON Schema {@code type}. */
    public String schemaName() {
        return schemaName;
    }
}
