package kz.shanyraq.ingest.regional;

import kz.shanyraq.law.explain.Text;

import java.util.Arrays;

/** Where a regional figure comes from, in order of precedence: an official figure always wins. */
public enum Provenance {
    /** Published by the ministry or the Bureau of National Statistics, loaded by an operator. */
    OFFICIAL("official", Text.of("официальные данные", "ресми деректер", "official figure")),
    /** Computed by Shanyraq from the registry. */
    COMPUTED("computed", Text.of("рассчитано по регистру", "тізілім бойынша есептелген", "computed from the registry")),
    /** Made up for the synthetic country where no official figure exists; never shown as official. */
    SYNTHETIC("synthetic", Text.of("синтетические данные (не официальные)", "синтетикалық деректер (ресми емес)",
            "synthetic (not official)"));

    private final String code;
    private final Text text;

    Provenance(String code, Text text) {
        this.code = code;
        this.text = text;
    }

    public String code() {
        return code;
    }

    public Text text() {
        return text;
    }

    public static Provenance byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown provenance " + code));
    }
}
