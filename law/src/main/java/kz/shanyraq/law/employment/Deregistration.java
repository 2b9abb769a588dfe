package kz.shanyraq.law.employment;

import kz.shanyraq.law.casework.Norm;
import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.parameter.Law;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The grounds on which the career centre closes a registration (Law «О занятости населения» art. 16 p. 1, seed 003),
 * and employment, which closes it as the measure meant to. Grounds 1)–3) make the person wait 30 calendar days
 * before registering again (art. 16 p. 2, {@link Registration.Ground#RE_REGISTRATION_TOO_SOON}).
 */
public final class Deregistration {

    private static final String ART_16 = "Закон РК от 06.04.2016 № 482-V «О занятости населения», п. 1 ст. 16";

    /** A ground of de-registration with its subparagraph. */
    public enum Ground {
        REFUSED_TWO_OFFERS("пп. 1", true, "employment.deregistration.refused-offers", Text.of(
                "отказ от двух предложенных вариантов подходящей работы",
                "ұсынылған лайықты жұмыстың екі нұсқасынан бас тарту", "refused two offers of suitable work")),
        NO_SHOW_AFTER_REFERRAL("пп. 2", true, "employment.deregistration.no-show-after-referral", Text.of(
                "неявка без уважительных причин в течение 5 рабочих дней по направлению на трудоустройство или обучение",
                "жолдама бойынша 5 жұмыс күні ішінде дәлелсіз себеппен келмеу",
                "did not appear within 5 working days at the place of a referral, without good reason")),
        NO_SHOW_AFTER_CALL("пп. 2", true, "employment.deregistration.no-show-after-call", Text.of(
                "неявка без уважительных причин в течение 3 рабочих дней по вызову на участие в активных мерах",
                "белсенді шараларға шақыру бойынша 3 жұмыс күні ішінде дәлелсіз себеппен келмеу",
                "did not appear within 3 working days when called for an active measure, without good reason")),
        LEFT_ACTIVE_MEASURE("пп. 2", true, null, Text.of(
                "самовольное прекращение участия в активных мерах содействия занятости",
                "белсенді шараларға қатысуды өз бетімен тоқтату", "left an active employment measure on their own")),
        MISSED_CHECK_IN("пп. 3", true, null, Text.of("нарушение без уважительных причин сроков посещения Центра",
                "Орталыққа келу мерзімдерін дәлелсіз себеппен бұзу", "missed a check-in without good reason")),
        CONVICTED("пп. 4", false, null, Text.of(
                "осуждение к лишению свободы или направление на принудительное лечение по решению суда",
                "бас бостандығынан айыруға сотталу немесе сот шешімімен мәжбүрлеп емдеуге жіберілу",
                "sentenced to imprisonment or sent to compulsory treatment by a court")),
        ART_15_GROUND("пп. 5", false, null, Text.of("основание пп. 4) п. 2 ст. 15 Закона о занятости населения",
                "Халықты жұмыспен қамту туралы заңның 15-бабы 2-тармағының 4) тармақшасы бойынша негіз",
                "the ground of art. 15 p. 2 pp. 4 of the Law on employment")),
        FALSE_DOCUMENTS("пп. 6", false, null, Text.of("предоставление заведомо ложных или поддельных документов",
                "көрінеу жалған немесе қолдан жасалған құжаттар ұсыну", "gave knowingly false or forged documents")),
        EMPLOYED(null, false, null, Text.of("трудоустроен", "жұмысқа орналасты", "employed"));

        private final String subparagraph;
        private final boolean wait;
        private final String parameter;
        private final Text text;

        Ground(String subparagraph, boolean wait, String parameter, Text text) {
            this.subparagraph = subparagraph;
            this.wait = wait;
            this.parameter = parameter;
            this.text = text;
        }

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }

        public static Ground byCode(String code) {
            return valueOf(code.toUpperCase().replace('-', '_'));
        }

        public Text text() {
            return text;
        }

        /** Grounds 1)–3) of art. 16 p. 1: registering again only after 30 calendar days (art. 16 p. 2). */
        public boolean waitsBeforeRegisteringAgain() {
            return wait;
        }

        /** The norm, with the parameter that sets the ground's figure when it has one. */
        public Norm norm(Law law) {
            if (parameter != null) {
                return Norm.of(law, parameter);
            }
            if (subparagraph == null) {
                return new Norm(null, "Закон РК «О занятости населения», ст. 16 (трудоустройство)", "corroborated");
            }
            return new Norm(null, ART_16 + ", " + subparagraph, "corroborated");
        }
    }

    /** A ground established on a day, with its norm. */
    public record Closing(Ground ground, LocalDate on, Norm norm) {
    }

    private Deregistration() {
    }

    /** Refusals of suitable work counted: the second closes the registration. */
    public static Optional<Closing> afterRefusals(int refusals, Law law) {
        int limit = law.number("employment.deregistration.refused-offers").intValueExact();
        return refusals >= limit ? close(Ground.REFUSED_TWO_OFFERS, law) : Optional.empty();
    }

    /**
     * A referral to work or training issued on a day and not attended: the registration closes the day after the
     * 5th working day, unless the person appeared or had a good reason.
     */
    public static Optional<Closing> afterReferral(LocalDate issuedOn, boolean appearedOrExcused, LocalDate today,
                                                  WorkingDays days, Law law) {
        return lapsed(Ground.NO_SHOW_AFTER_REFERRAL, issuedOn, appearedOrExcused, today, days, law);
    }

    /** A call to the centre for an active measure not answered within 3 working days. */
    public static Optional<Closing> afterCall(LocalDate calledOn, boolean appearedOrExcused, LocalDate today,
                                              WorkingDays days, Law law) {
        return lapsed(Ground.NO_SHOW_AFTER_CALL, calledOn, appearedOrExcused, today, days, law);
    }

    /** A check-in missed without good reason ({@link CheckIns#due}). */
    public static Optional<Closing> afterCheckIn(CheckIns.Due due, boolean excused, LocalDate today, Law law) {
        if (excused || !today.isAfter(due.due())) {
            return Optional.empty();
        }
        return Optional.of(new Closing(Ground.MISSED_CHECK_IN, today, Ground.MISSED_CHECK_IN.norm(law.on(today))));
    }

    /** A ground the centre establishes from a document (a court decision, forged documents, a job, leaving a measure). */
    public static Closing established(Ground ground, LocalDate on, Law law) {
        return new Closing(ground, on, ground.norm(law.on(on)));
    }

    private static Optional<Closing> lapsed(Ground g, LocalDate from, boolean appeared, LocalDate today,
                                            WorkingDays days, Law law) {
        if (appeared) {
            return Optional.empty();
        }
        WorkingDays.Deadline d = days.deadline(g.parameter, from);
        return today.isAfter(d.due()) ? Optional.of(new Closing(g, today, d.norm())) : Optional.empty();
    }

    private static Optional<Closing> close(Ground g, Law law) {
        return Optional.of(new Closing(g, law.day(), g.norm(law)));
    }
}
