package kz.shanyraq.law.region;

/** A regional-figure file is invalid. The message names the file, the line and the field. */
public class RegionalFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    public RegionalFileException(String file, int line, String field, String problem) {
        super(file + ":" + line + (field == null ? "" : ": field '" + field + "'") + ": " + problem);
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

    public String field() {
        return field;
    }
}
