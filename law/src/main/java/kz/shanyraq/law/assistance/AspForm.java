package kz.shanyraq.law.assistance;

import kz.shanyraq.law.explain.Text;

/** The form of targeted social assistance, set by the family's composition (S11; seed 003 for 2018). */
public enum AspForm {
    /** Безусловная: no duty to take part in employment measures. */
    UNCONDITIONAL("unconditional", Text.of("безусловная денежная помощь", "шартсыз ақшалай көмек",
            "unconditional cash aid")),
    /** Обусловленная: paid on a social contract, with participation in employment measures and/or social adaptation. */
    CONDITIONAL("conditional", Text.of("обусловленная денежная помощь (по социальному контракту)",
            "шартты ақшалай көмек (әлеуметтік келісімшарт бойынша)", "conditional cash aid (on a social contract)")),
    /**
     * A parameter of the form rule is unknown on the day: the form is not known, but it changes neither the right nor
     * the amount, so the result stands (the explanation notes the unknown).
     */
    UNDETERMINED("undetermined", Text.of("форма помощи не определена (неизвестен параметр закона)",
            "көмек нысаны анықталмаған (заң параметрі белгісіз)", "form of aid not determined (a parameter is unknown)")),
    /** Before 2018 the assistance had no forms. */
    NOT_APPLICABLE("not-applicable", Text.of("формы помощи не предусмотрены (до 2018 года)",
            "көмек нысандары көзделмеген (2018 жылға дейін)", "no forms of aid (before 2018)"));

    private final String code;
    private final Text label;

    AspForm(String code, Text label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public Text label() {
        return label;
    }
}
