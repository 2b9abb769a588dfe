package kz.shanyraq.law.benefit.resettlement;

import kz.shanyraq.law.explain.Text;

/** Conditions shared by the resettlement subsidies. */
final class ResettlementTexts {

    static final Text IN_QUOTA = Text.of("Семья переселяется в рамках региональной квоты",
            "Отбасы өңірлік квота шеңберінде қоныс аударады", "The family moves under the regional quota");
    static final Text NOT_IN_QUOTA = Text.of("Семья не включена в региональную квоту приёма кандасов и переселенцев",
            "Отбасы қандастар мен қоныс аударушыларды қабылдаудың өңірлік квотасына енгізілмеген",
            "The family is not in the regional quota for kandas and resettlers");
    static final Text SETTLED = Text.of("Дата переселения", "Қоныс аударған күні", "Day the family settled");
    static final Text NOT_SETTLED = Text.of("Семья ещё не переселилась", "Отбасы әлі қоныс аудармаған",
            "The family has not settled yet");

    private ResettlementTexts() {
    }
}
