package kz.shanyraq.law.parameter;

/** A parameter file is invalid. The message names the file, the line and the parameter. */
public class ParameterFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String parameter;

    public ParameterFileException(String file, int line, String parameter, String problem) {
        super(file + ":" + line + (parameter == null ? "" : ": parameter '" + parameter + "'") + ": " + problem);
        this.file = file;
        this.line = line;
        this.parameter = parameter;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String parameter() {
        return parameter;
    }
}
