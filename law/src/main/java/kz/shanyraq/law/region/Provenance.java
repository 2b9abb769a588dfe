package kz.shanyraq.law.region;

import kz.shanyraq.law.explain.Text;

import java.util.Arrays;

/**
 * Where a regional figure comes from. Computed and synthetic figures are never official: they are held apart
 * from official and operator figures, used only where no such figure exists, and every explanation that uses
 * one says so in capitals.
 */
public enum Provenance {
    /** Published by a state body (the statistics bureau, a ministry order, an akimat). */
    OFFICIAL("official", Text.of("официальная публикация", "ресми жарияланым", "official publication")),
    /** Entered by the operator of this installation from a document it holds (e.g. the quarterly BNS table). */
    OPERATOR("operator", Text.of("внесено оператором", "операторы енгізген", "entered by the operator")),
    /** Derived by a calculation from other figures: not a published value. */
    COMPUTED("computed", Text.of("РАСЧЁТНАЯ величина, не официальная", "ЕСЕПТЕЛГЕН шама, ресми емес",
            "COMPUTED figure, not official")),
    /** Made up for tests, demonstrations or a synthetic population: not real. */
    SYNTHETIC("synthetic", Text.of("СИНТЕТИЧЕСКИЕ данные, не официальные", "СИНТЕТИКАЛЫҚ деректер, ресми емес",
            "SYNTHETIC figure, not official"));

    private final String code;
    private final Text label;

    Provenance(String code, Text label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public Text label() {
        return label;
    }

    /** Official and operator figures are real figures of the region; the others are stand-ins. */
    public boolean isActual() {
        return this == OFFICIAL || this == OPERATOR;
    }

    public static Provenance fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown provenance '" + code
                        + "' (expected one of official, operator, computed, synthetic)"));
    }
}
