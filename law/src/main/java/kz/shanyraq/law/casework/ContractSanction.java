package kz.shanyraq.law.casework;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * What a broken social contract costs each member (Law 246-II art. 4 p. 12 and art. 2 p. 6, seed 003):
 * <ul>
 * <li><b>first</b> established non-fulfilment: the conditional aid of every member older than 18 is cut by 50 % for
 * one month, except full-time students until 23;</li>
 * <li><b>repeated</b> non-fulfilment after that month: the payment ends, except for minors and those students;</li>
 * <li><b>false information</b> that led to an unlawful assignment: the contract is terminated and the payment ends
 * for everyone; what was paid is a debt (recorded by the case, not here).</li>
 * </ul>
 * A sanction applies to the conditional form only; the caller refuses it for an unconditional assignment.
 */
public final class ContractSanction {

    /** The three sanctions. */
    public enum Kind {
        FIRST_NON_FULFILMENT, REPEATED_NON_FULFILMENT, FALSE_INFORMATION;

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }

        public static Kind byCode(String code) {
            for (Kind k : values()) {
                if (k.code().equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown sanction '" + code + "' (expected first-non-fulfilment, "
                    + "repeated-non-fulfilment or false-information)");
        }
    }

    /** What happens to a member's share. */
    public enum Effect { KEPT, CUT, ENDED }

    /** A member's monthly share before the sanction, and whether the member studies full time on the day. */
    public record Share(String memberId, LocalDate birthDate, boolean fullTimeStudent, long amount) {
    }

    /** A member's share after the sanction, with why. */
    public record MemberEffect(String memberId, Effect effect, long before, long after, Text why) {
    }

    /**
     * The sanction's result: each member's new share; {@code months} the months the cut lasts (first
     * non-fulfilment) or 0 when it lasts to the end of the assignment; the norm.
     */
    public record Result(Kind kind, List<MemberEffect> members, int months, String norm) {

        public long before() {
            return members.stream().mapToLong(MemberEffect::before).sum();
        }

        public long after() {
            return members.stream().mapToLong(MemberEffect::after).sum();
        }
    }

    private ContractSanction() {
    }

    public static Result apply(Kind kind, List<Share> shares, Law law) {
        LocalDate day = law.day();
        int adult = law.number("casework.sanction.adult-age").intValueExact();
        int studentLimit = law.number("casework.sanction.student-age-limit").intValueExact();
        Norm norm = Norm.of(law, "casework.sanction.first-cut");
        List<MemberEffect> out = new ArrayList<>();
        switch (kind) {
            case FIRST_NON_FULFILMENT -> {
                BigDecimal cut = law.number("casework.sanction.first-cut");
                int months = law.number("casework.sanction.first-cut-months").intValueExact();
                for (Share s : shares) {
                    int age = Period.between(s.birthDate(), day).getYears();
                    if (age < adult) {
                        out.add(kept(s, Text.of("несовершеннолетний", "кәмелетке толмаған", "a minor")));
                    } else if (s.fullTimeStudent() && age < studentLimit) {
                        out.add(kept(s, Text.of("обучается очно, моложе " + studentLimit + " лет",
                                "күндізгі оқиды, " + studentLimit + " жастан кіші",
                                "full-time student under " + studentLimit)));
                    } else {
                        long after = BigDecimal.valueOf(s.amount()).multiply(BigDecimal.ONE.subtract(cut))
                                .setScale(0, RoundingMode.HALF_UP).longValueExact();
                        String pct = cut.movePointRight(2).stripTrailingZeros().toPlainString();
                        out.add(new MemberEffect(s.memberId(), Effect.CUT, s.amount(), after, Text.of(
                                "совершеннолетний: сокращение на " + pct + " % на " + months + " мес.",
                                "кәмелетке толған: " + months + " айға " + pct + " %-ға қысқарту",
                                "an adult: cut by " + pct + " % for " + months + " month(s)")));
                    }
                }
                return new Result(kind, out, months, norm.citation());
            }
            case REPEATED_NON_FULFILMENT -> {
                for (Share s : shares) {
                    int age = Period.between(s.birthDate(), day).getYears();
                    if (age < adult) {
                        out.add(kept(s, Text.of("несовершеннолетний", "кәмелетке толмаған", "a minor")));
                    } else if (s.fullTimeStudent() && age < studentLimit) {
                        out.add(kept(s, Text.of("обучается очно, моложе " + studentLimit + " лет",
                                "күндізгі оқиды, " + studentLimit + " жастан кіші",
                                "full-time student under " + studentLimit)));
                    } else {
                        out.add(new MemberEffect(s.memberId(), Effect.ENDED, s.amount(), 0, Text.of(
                                "повторное невыполнение: выплата прекращена",
                                "қайта орындамау: төлем тоқтатылды",
                                "repeated non-fulfilment: payment ended")));
                    }
                }
                return new Result(kind, out, 0, norm.citation());
            }
            case FALSE_INFORMATION -> {
                for (Share s : shares) {
                    out.add(new MemberEffect(s.memberId(), Effect.ENDED, s.amount(), 0, Text.of(
                            "недостоверные сведения: контракт расторгнут, выплата прекращена",
                            "дұрыс емес мәліметтер: келісімшарт бұзылды, төлем тоқтатылды",
                            "false information: contract terminated, payment ended")));
                }
                return new Result(kind, out, 0, "Закон РК № 246-II, п. 6 ст. 2 (расторжение социального контракта)");
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    private static MemberEffect kept(Share s, Text why) {
        return new MemberEffect(s.memberId(), Effect.KEPT, s.amount(), s.amount(), why);
    }
}
