package kz.shanyraq.law.parameter;

/** File and line a parameter version was read from, so errors and explanations can point at it. */
public record SourceLocation(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
