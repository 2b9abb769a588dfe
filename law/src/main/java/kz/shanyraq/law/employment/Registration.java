package kz.shanyraq.law.employment;

import kz.shanyraq.law.casework.Norm;
import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Registration at the career centre (Law «О занятости населения» arts. 13–14, seed 003): who is refused, the day
 * by which suitable work is to be offered (10 working days), and the day the person is told of the decision
 * (10 calendar days). Every path that registers a person calls {@link #refusal}.
 */
public final class Registration {

    /** Why a person is not registered, with the norm. */
    public enum Ground {
        UNDER_MIN_AGE("employment.registration.min-age", Text.of("не достиг шестнадцатилетнего возраста",
                "он алты жасқа толмаған", "is under sixteen")),
        EMPLOYED(null, Text.of("работает по трудовому договору или имеет иную оплачиваемую работу (доход)",
                "еңбек шарты бойынша жұмыс істейді немесе өзге ақылы жұмысы (табысы) бар",
                "works under an employment contract or has other paid work (income)")),
        PENSION_AGE("asp.able-bodied.pension-age", Text.of("достиг пенсионного возраста", "зейнеткерлік жасқа толған",
                "has reached the pension age")),
        FALSE_INFORMATION(null, Text.of("представил заведомо ложные сведения об отсутствии работы и заработка",
                "жұмыс пен табыстың жоқтығы туралы көрінеу жалған мәліметтер ұсынған",
                "gave knowingly false information on having no work and income")),
        RE_REGISTRATION_TOO_SOON("employment.re-registration.wait-days", Text.of(
                "снят с учёта по пп. 1)–3) п. 1 ст. 16 менее 30 календарных дней назад",
                "16-баптың 1-тармағының 1)–3) тармақшалары бойынша 30 күнтізбелік күннен аз бұрын есептен шығарылған",
                "was de-registered on art. 16 p. 1 pp. 1–3 less than 30 calendar days ago"));

        private final String parameter;
        private final Text text;

        Ground(String parameter, Text text) {
            this.parameter = parameter;
            this.text = text;
        }

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }

        public Text text() {
            return text;
        }

        /** The parameter that sets the figure of this ground, or null for a ground without a figure. */
        public String parameter() {
            return parameter;
        }
    }

    private static final String ART_14 = "Закон РК от 06.04.2016 № 482-V «О занятости населения», ст. 14";

    /**
     * What the career centre knows of the person on the day.
     *
     * @param employed an employment contract runs on the day or the person has entrepreneurial income (the
     *                 registry's rule of "employed on a date")
     * @param falseInformation the centre established knowingly false documents or information
     * @param lastDeregisteredOn the last de-registration, if any
     * @param lastGround its ground, if any
     */
    public record Applicant(LocalDate birthDate, Sex sex, boolean employed, boolean falseInformation,
                            LocalDate lastDeregisteredOn, Deregistration.Ground lastGround) {
    }

    /** A refusal: the ground, the figure if the ground has one, and the norm. */
    public record Refusal(Ground ground, String figure, Norm norm) {
    }

    private Registration() {
    }

    /** The ground on which the person is not registered on the day, or empty when the person is registered. */
    public static Optional<Refusal> refusal(Applicant a, Law law) {
        LocalDate day = law.day();
        int minAge = law.number("employment.registration.min-age").intValueExact();
        if (a.birthDate().plusYears(minAge).isAfter(day)) {
            return refuse(Ground.UNDER_MIN_AGE, String.valueOf(minAge), law);
        }
        if (a.employed()) {
            return Optional.of(new Refusal(Ground.EMPLOYED, null, new Norm(null, ART_14 + ", пп. 2", "corroborated")));
        }
        BigDecimal pension = pensionAge(a.sex(), law);
        long months = pension.multiply(BigDecimal.valueOf(12)).setScale(0, RoundingMode.CEILING).longValueExact();
        if (!a.birthDate().plusMonths(months).isAfter(day)) {
            return refuse(Ground.PENSION_AGE, pension.stripTrailingZeros().toPlainString(), law);
        }
        if (a.falseInformation()) {
            return Optional.of(new Refusal(Ground.FALSE_INFORMATION, null,
                    new Norm(null, ART_14 + ", пп. 4", "corroborated")));
        }
        if (a.lastDeregisteredOn() != null && a.lastGround() != null && a.lastGround().waitsBeforeRegisteringAgain()) {
            int wait = law.number("employment.re-registration.wait-days").intValueExact();
            if (ChronoUnit.DAYS.between(a.lastDeregisteredOn(), day) < wait) {
                return refuse(Ground.RE_REGISTRATION_TOO_SOON, String.valueOf(wait), law);
            }
        }
        return Optional.empty();
    }

    private static BigDecimal pensionAge(Sex sex, Law law) {
        if (sex == null) {
            throw new ParameterUnknownException("asp.able-bodied.pension-age", "sex", law.day(),
                    "the person's sex is not known and the pension ages of men and women differ");
        }
        return law.number("asp.able-bodied.pension-age", sex == Sex.MALE ? "male" : "female");
    }

    private static Optional<Refusal> refuse(Ground g, String figure, Law law) {
        return Optional.of(new Refusal(g, figure, Norm.of(law, g.parameter())));
    }

    /**
     * The days a registration sets: suitable work is to be offered by {@code offerDue} (10 working days), after
     * which the centre decides registration as unemployed; the person is told on {@code informOn} (10 calendar
     * days after registering).
     */
    public record Timeline(LocalDate registeredOn, WorkingDays.Deadline offerDue, LocalDate informOn, Norm informNorm) {
    }

    public static Timeline timeline(LocalDate registeredOn, WorkingDays days, Law law) {
        Law on = law.on(registeredOn);
        int inform = on.number("employment.deadline.inform-unemployed").intValueExact();
        return new Timeline(registeredOn, days.deadline("employment.deadline.suitable-work", registeredOn),
                registeredOn.plusDays(inform), Norm.of(on, "employment.deadline.inform-unemployed"));
    }

    /** Whether the centre is to decide registration as unemployed: no suitable work offered by the offer day. */
    public static boolean unemployedDecisionDue(Timeline t, boolean suitableWorkOffered, LocalDate today) {
        return !suitableWorkOffered && today.isAfter(t.offerDue().due());
    }
}
