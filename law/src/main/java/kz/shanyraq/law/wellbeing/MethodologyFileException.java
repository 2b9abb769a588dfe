package kz.shanyraq.law.wellbeing;

/** A methodology file is invalid. The message names the file, the line, the field and the reason. */
public class MethodologyFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    public MethodologyFileException(String file, int line, String field, String problem) {
        super(file + ":" + line + (field == null ? "" : ": " + field) + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** Path of the field, e.g. {@code versions[0].criteria[3].bands[1].below}. */
    public String field() {
        return field;
    }
}
