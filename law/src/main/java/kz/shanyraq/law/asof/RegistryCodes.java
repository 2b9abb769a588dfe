package kz.shanyraq.law.asof;

import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.Sex;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The registry's code lists: its text codes ({@code resident-foreigner}) as the law's enums
 * ({@code RESIDENT_FOREIGNER}), {@code F}/{@code M} as sexes. Every reader of the registry parses with this class.
 */
public final class RegistryCodes {

    private RegistryCodes() {
    }

    /** Each enum's constants by their registry spelling ({@code resident-foreigner}), built once per type. */
    private static final ClassValue<Map<String, Enum<?>>> SPELLINGS = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> m = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                m.put(e.name().toLowerCase(Locale.ROOT).replace('_', '-'), e);
            }
            return m;
        }
    };

    /** The enum constant for a registry code, or {@code null} when the law has no such constant. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        // The registry's usual spelling is found without building strings (a lookup per row of a whole country).
        Enum<?> known = SPELLINGS.get(type).get(code);
        if (known != null) {
            return type.cast(known);
        }
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The registry's spelling of an enum constant ({@code RESIDENT_FOREIGNER} → {@code resident-foreigner}). */
    public static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Sex sex(String code) {
        return switch (code) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            default -> throw new IllegalStateException("registry holds an unknown sex code '" + code + "'");
        };
    }

    public static Relation relation(String code) {
        Relation r = parse(Relation.class, code);
        if (r == null) {
            throw new IllegalStateException("registry holds an unknown relation '" + code + "'");
        }
        return r;
    }
}
