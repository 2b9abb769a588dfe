package kz.shanyraq.law.measure;

import kz.shanyraq.law.explain.Text;

import java.util.List;

/**
 * A key a measure accepts when asked directly ({@code ./shanyraq amount MEASURE key=value}).
 * Either a whole number within [min, max] or one of the listed choices.
 */
public record InputKey(String name, Text description, long min, long max, List<String> choices, boolean required) {

    public static InputKey number(String name, long min, long max, Text description) {
        return new InputKey(name, description, min, max, List.of(), true);
    }

    public static InputKey optionalNumber(String name, long min, long max, Text description) {
        return new InputKey(name, description, min, max, List.of(), false);
    }

    public static InputKey choice(String name, List<String> choices, Text description) {
        return new InputKey(name, description, 0, 0, List.copyOf(choices), true);
    }

    public static InputKey optionalChoice(String name, List<String> choices, Text description) {
        return new InputKey(name, description, 0, 0, List.copyOf(choices), false);
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    /** For help texts: {@code child-order=1..30} or {@code award=kumis-alka|altyn-alka}. */
    public String usage() {
        String range = isChoice() ? String.join("|", choices)
                : min + ".." + (max == Long.MAX_VALUE ? "" : String.valueOf(max));
        return required ? name + "=" + range : "[" + name + "=" + range + "]";
    }
}
