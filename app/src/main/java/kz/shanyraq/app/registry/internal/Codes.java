package kz.shanyraq.app.registry.internal;

import kz.shanyraq.law.family.Sex;

/** The registry's text codes (e.g. {@code resident-foreigner}) and the law's enums ({@code RESIDENT_FOREIGNER}). */
final class Codes {

    private Codes() {
    }

    /** The enum constant for a registry code, or {@code null} when the law has no such constant. */
    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Sex sex(String code) {
        return switch (code) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            default -> throw new IllegalStateException("registry holds an unknown sex code '" + code + "'");
        };
    }
}
