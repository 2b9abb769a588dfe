package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.measure.InputKey;

/** Condition labels, refusal reasons and input keys shared by the ГФСС payments. */
final class InsuranceTexts {

    static final Text INSURED = Text.of("Участник системы обязательного социального страхования",
            "Міндетті әлеуметтік сақтандыру жүйесінің қатысушысы", "Participant of compulsory social insurance");
    static final Text NOT_INSURED = Text.of("Лицо не является участником системы обязательного социального страхования",
            "Тұлға міндетті әлеуметтік сақтандыру жүйесінің қатысушысы емес",
            "The person does not participate in compulsory social insurance");
    static final Text CONTRIBUTIONS_IN_WINDOW = Text.of("Социальные отчисления уплачены за расчётный период",
            "Есептік кезеңге әлеуметтік аударымдар төленген", "Social contributions were paid in the averaging period");
    static final Text NO_CONTRIBUTIONS_IN_WINDOW = Text.of("За расчётный период социальные отчисления не уплачивались",
            "Есептік кезеңде әлеуметтік аударымдар төленбеген", "No social contributions were paid in the averaging period");
    static final Text PARTICIPATION = Text.of("Стаж участия (месяцев)", "Қатысу өтілі (ай)",
            "Participation in social insurance (months)");
    static final Text KSU = Text.of("Коэффициент стажа участия (КСУ)", "Қатысу өтілінің коэффициенті",
            "Participation-length coefficient");
    static final Text ASSIGNED = Text.of("Назначенная сумма выплаты", "Тағайындалған төлем сомасы",
            "Assigned amount of the payment");
    static final Text AMOUNT = Text.of("Размер выплаты до округления", "Дөңгелектеуге дейінгі төлем мөлшері",
            "Payment before rounding");

    static final Text RIGHT_ARISEN = Text.of("Право возникло не позднее даты расчёта",
            "Құқық есептеу күнінен кешіктірмей туындады", "The right has arisen by the day evaluated");

    /** A right that arises after the day evaluated is not a right on that day. */
    static Text notYet(java.time.LocalDate rightDay) {
        String d = rightDay.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        return Text.of("Право возникает " + d + ", после даты расчёта: на эту дату права нет",
                "Құқық " + d + " туындайды, есептеу күнінен кейін: бұл күні құқық жоқ",
                "The right arises on " + d + ", after the day evaluated: there is no right on that day");
    }

    static final InputKey AVERAGE_INCOME = InputKey.number("average-income", 0, 1_000_000_000L,
            Text.of("среднемесячный доход (ДСМ), ₸", "орташа айлық табыс, ₸", "average monthly income (ДСМ), tenge"));
    static final InputKey PARTICIPATION_MONTHS = InputKey.number("participation-months", 0, 1200,
            Text.of("стаж участия в системе соцстрахования, месяцев", "қатысу өтілі, ай",
                    "months of participation in social insurance"));

    private InsuranceTexts() {
    }
}
