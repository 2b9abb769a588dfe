package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.Sex;

import java.util.Locale;

/**
 * The registry's text codes ({@code resident-foreigner}) as the law's enums ({@code RESIDENT_FOREIGNER}): the same
 * rule as the server's registry reader, so both readings give equal families.
 */
final class Codes {

    private Codes() {
    }

    /** The enum constant for a registry code, or {@code null} when the law has no such constant. */
    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
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

    static Relation relation(String code) {
        Relation r = parse(Relation.class, code);
        if (r == null) {
            throw new IllegalStateException("registry holds an unknown relation '" + code + "'");
        }
        return r;
    }
}
