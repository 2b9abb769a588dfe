package kz.shanyraq.app.security;

import java.util.Arrays;

/** The roles of the ministry's staff. Only those who work with families read personal data. */
public enum Role {
    /** Консультант по социальной работе (career centre). */
    CONSULTANT("consultant", true),
    /** Ассистент (career centre). */
    ASSISTANT("assistant", true),
    /** Специалист центра поддержки семьи, мобильная группа. */
    FAMILY_SUPPORT("family-support", true),
    /** Государственный инспектор труда: enterprises, not families. */
    INSPECTOR("inspector", false),
    /** Аналитик, руководство: aggregates only, never personal data. */
    ANALYST("analyst", false),
    /** Оператор / интегратор: data loads and monitoring, not family cards. */
    OPERATOR("operator", false),
    /** Администратор: users and settings, not family cards. */
    ADMIN("admin", false),
    /** An SMS provider calling back with citizens' replies to proactive offers: nothing else. */
    SMS_GATEWAY("sms-gateway", false),
    /** Член участковой комиссии: surveys the living conditions of families applying for АСП. */
    COMMISSION("commission", true),
    /** Специалист отдела занятости и социальных программ: approves or returns decisions on АСП (the checker). */
    DEPARTMENT_OFFICER("department-officer", true),
    /** The e-government portal, filing citizens' АСП applications: nothing else. */
    PORTAL("portal", false),
    /**
     * Специалист центра занятости по работе с работодателями: the vacancies of the territory (enter, list, close),
     * never a family's or a person's data.
     */
    EMPLOYER_RELATIONS("employer-relations", false);

    private final String code;
    private final boolean readsPersonalData;

    Role(String code, boolean readsPersonalData) {
        this.code = code;
        this.readsPersonalData = readsPersonalData;
    }

    public String code() {
        return code;
    }

    public boolean readsPersonalData() {
        return readsPersonalData;
    }

    /** Spring Security authority, e.g. {@code ROLE_FAMILY_SUPPORT}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown role '" + code + "' in app_user"));
    }
}
