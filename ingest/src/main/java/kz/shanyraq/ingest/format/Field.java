package kz.shanyraq.ingest.format;

/**
 * One column of a CSV format and the property of the same name in the JSON format.
 *
 * @param description what the value means, for the format documentation and the JSON Schema
 */
public record Field(String name, FieldType type, boolean required, String description) {

    public static Field required(String name, FieldType type, String description) {
        return new Field(name, type, true, description);
    }

    public static Field optional(String name, FieldType type, String description) {
        return new Field(name, type, false, description);
    }
}
