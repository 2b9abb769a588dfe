package kz.shanyraq.law.casework;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.parameter.Law;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who need not take part in active employment measures under a social contract (seed 003, Law «О занятости
 * населения» art. 17 pp. 1–2, Law 246-II art. 2 p. 6): persons with disability of group I or II; full-time pupils and
 * students; persons with an illness that may keep them unable to work for over two months; carers of a child under
 * seven, of a child with disability, of a person with disability of group I or II, or of an elderly person over 80
 * who needs care; permanently employed persons. Such a member's plan holds social-adaptation measures only.
 *
 * <p>Every place that asks (the plan, the contract, the screens) calls {@link #of}; the reason is shown.
 */
public final class EmploymentExemption {

    private static final String ACT = "Закон РК от 06.04.2016 № 482-V «О занятости населения», п. 2 ст. 17; "
            + "Закон РК № 246-II, п. 6 ст. 2";

    /** Why a member is exempt. */
    public enum Reason {
        DISABILITY_GROUP_I_II(Text.of("инвалидность первой или второй группы", "бірінші немесе екінші топтағы мүгедектік",
                "disability of group I or II")),
        FULL_TIME_STUDENT(Text.of("обучается по очной форме", "күндізгі оқу нысанында оқиды", "studies full time")),
        LONG_ILLNESS(Text.of("заболевание с нетрудоспособностью более двух месяцев",
                "екі айдан астам еңбекке жарамсыздықпен ауруы", "an illness with incapacity over two months")),
        CARER(Text.of("осуществляет уход", "күтім жасайды", "is a carer")),
        PERMANENTLY_EMPLOYED(Text.of("имеет постоянную работу", "тұрақты жұмысы бар", "is permanently employed"));

        private final Text text;

        Reason(Text text) {
            this.text = text;
        }

        public Text text() {
            return text;
        }

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /**
     * An exemption: the reason, a sentence saying of whom and why (e.g. who is cared for), and the norm.
     */
    public record Exemption(String memberId, Reason reason, Text why, String norm) {
    }

    private EmploymentExemption() {
    }

    /** The member's exemption on a day, or empty when the member is to take part in employment measures. */
    public static Optional<Exemption> of(Member m, Family family, Law law) {
        LocalDate day = law.day();
        if (m.disabledOn(day) && m.disability().group() != null && m.disability().group() <= 2) {
            return exempt(m, Reason.DISABILITY_GROUP_I_II, Text.of(
                    "инвалидность " + m.disability().group() + " группы",
                    m.disability().group() + " топтағы мүгедектік",
                    "disability of group " + m.disability().group()));
        }
        if (m.studyingFullTimeOn(day)) {
            return exempt(m, Reason.FULL_TIME_STUDENT, Reason.FULL_TIME_STUDENT.text());
        }
        if (m.longIllness()) {
            return exempt(m, Reason.LONG_ILLNESS, Reason.LONG_ILLNESS.text());
        }
        int childUnder = law.number("casework.exemption.carer-child-age-under").intValueExact();
        int elderlyOver = law.number("casework.exemption.cared-elderly-age").intValueExact();
        for (String id : m.caresFor()) {
            Member d = family.member(id).orElse(null);
            if (d == null) {
                continue;
            }
            int age = d.ageOn(day);
            boolean disabled = d.disabledOn(day);
            Integer group = disabled ? d.disability().group() : null;
            if (age < 18 && disabled) {
                return exempt(m, Reason.CARER, Text.of("уход за ребёнком с инвалидностью (" + id + ")",
                        "мүгедектігі бар баланы күтеді (" + id + ")", "cares for a child with disability (" + id + ")"));
            }
            if (age < childUnder) {
                return exempt(m, Reason.CARER, Text.of("уход за ребёнком до " + childUnder + " лет (" + id + ", " + age + ")",
                        childUnder + " жасқа дейінгі баланы күтеді (" + id + ", " + age + ")",
                        "cares for a child under " + childUnder + " (" + id + ", aged " + age + ")"));
            }
            if (group != null && group <= 2) {
                return exempt(m, Reason.CARER, Text.of("уход за лицом с инвалидностью " + group + " группы (" + id + ")",
                        group + " топтағы мүгедектігі бар адамды күтеді (" + id + ")",
                        "cares for a person with disability of group " + group + " (" + id + ")"));
            }
            if (age > elderlyOver) {
                return exempt(m, Reason.CARER, Text.of("уход за престарелым старше " + elderlyOver + " лет (" + id + ", " + age + ")",
                        elderlyOver + " жастан асқан қартты күтеді (" + id + ", " + age + ")",
                        "cares for an elderly person over " + elderlyOver + " (" + id + ", aged " + age + ")"));
            }
        }
        if (m.employment() != null && m.employment().employed()) {
            return exempt(m, Reason.PERMANENTLY_EMPLOYED, Reason.PERMANENTLY_EMPLOYED.text());
        }
        return Optional.empty();
    }

    private static Optional<Exemption> exempt(Member m, Reason reason, Text why) {
        return Optional.of(new Exemption(m.id(), reason, why, ACT));
    }
}
