package kz.shanyraq.ingest.format;

import kz.shanyraq.ingest.ImportError.Reason;

import java.time.LocalDate;

/** The user-facing sentences of validation, in Russian, Kazakh and English, kept in one place. */
public final class Messages {

    private Messages() {
    }

    public static InvalidValue unknownRegion() {
        return new InvalidValue(unknownRegionProblem());
    }

    public static Problem unknownRegionProblem() {
        return Problem.of(Reason.UNKNOWN_REGION,
                "неизвестный код региона: допустимы 20 кодов ISO 3166-2:KZ (KZ-10 … KZ-79)",
                "белгісіз өңір коды: ISO 3166-2:KZ бойынша 20 код рұқсат етілген (KZ-10 … KZ-79)",
                "unknown region code: one of the 20 ISO 3166-2:KZ codes (KZ-10 … KZ-79) expected");
    }

    public static Problem required() {
        return Problem.of(Reason.REQUIRED, "обязательное поле не заполнено", "міндетті өріс толтырылмаған", "required value is missing");
    }

    public static Problem unknownField() {
        return Problem.of(Reason.UNKNOWN_FIELD, "такого поля нет в формате", "форматта мұндай өріс жоқ",
                "no such field in this format");
    }

    public static Problem missingColumn() {
        return Problem.of(Reason.MISSING_COLUMN, "нет обязательного столбца", "міндетті баған жоқ", "required column is missing");
    }

    public static Problem wrongJsonType(JsonType expected) {
        return switch (expected) {
            case STRING -> Problem.of(Reason.WRONG_TYPE, "ожидается строка в кавычках", "тырнақшадағы жол күтіледі",
                    "a string in quotes is expected");
            case INTEGER -> Problem.of(Reason.WRONG_TYPE, "ожидается целое число (без кавычек)", "бүтін сан күтіледі (тырнақшасыз)",
                    "a whole number (without quotes) is expected");
            case NUMBER -> Problem.of(Reason.WRONG_TYPE, "ожидается число (без кавычек)", "сан күтіледі (тырнақшасыз)",
                    "a number (without quotes) is expected");
            case BOOLEAN -> Problem.of(Reason.WRONG_TYPE, "ожидается true или false (без кавычек)",
                    "true немесе false күтіледі (тырнақшасыз)", "true or false (without quotes) is expected");
        };
    }

    public static Problem unknownDistrict() {
        return Problem.of(Reason.UNKNOWN_DISTRICT, "район не найден в справочнике районов",
                "аудан аудандар анықтамалығында табылмады", "district not found in the district register");
    }

    public static Problem districtOutsideRegion() {
        return Problem.of(Reason.DISTRICT_OUTSIDE_REGION, "район не относится к указанному региону",
                "аудан көрсетілген өңірге жатпайды", "the district does not belong to the given region");
    }

    public static Problem unknownPerson() {
        return Problem.of(Reason.UNKNOWN_PERSON, "человек с этим ИИН не найден ни в регистре, ни в этом пакете",
                "бұл ЖСН бар адам тізілімде де, осы пакетте де табылмады", "no person with this IIN in the registry or in this batch");
    }

    public static Problem unknownFamily() {
        return Problem.of(Reason.UNKNOWN_FAMILY, "семья с этим ключом не найдена ни в регистре, ни в этом пакете",
                "бұл кілті бар отбасы тізілімде де, осы пакетте де табылмады", "no family with this key in the registry or in this batch");
    }

    public static Problem iinBirthDateMismatch() {
        return Problem.of(Reason.IIN_BIRTH_DATE_MISMATCH, "ИИН не соответствует дате рождения (первые 6 цифр и 7-я цифра — век)",
                "ЖСН туған күнге сәйкес келмейді (алғашқы 6 цифр және 7-ші цифр — ғасыр)",
                "IIN does not match the birth date (first 6 digits, and the 7th digit for the century)");
    }

    public static Problem iinSexMismatch() {
        return Problem.of(Reason.IIN_SEX_MISMATCH, "ИИН не соответствует полу (7-я цифра: нечётная — мужчина, чётная — женщина)",
                "ЖСН жынысқа сәйкес келмейді (7-ші цифр: тақ — ер, жұп — әйел)",
                "IIN does not match the sex (7th digit: odd for a man, even for a woman)");
    }

    public static Problem inFuture() {
        return Problem.of(Reason.DATE_IN_FUTURE, "дата ещё не наступила", "күн әлі келген жоқ", "the date is in the future");
    }

    public static Problem periodReversed(String startField) {
        return Problem.of(Reason.PERIOD_REVERSED, "дата раньше, чем " + startField, "күн " + startField + " күнінен ерте",
                "the date is before " + startField);
    }

    public static Problem beforeBirth() {
        return Problem.of(Reason.BEFORE_BIRTH, "дата раньше даты рождения человека", "күн адамның туған күнінен ерте",
                "the date is before the person's birth");
    }

    public static Problem samePerson() {
        return Problem.of(Reason.SAME_PERSON, "человек не может быть связан сам с собой", "адам өзімен-өзі байланысты бола алмайды",
                "a person cannot be linked to themselves");
    }

    public static Problem notFemale(String who) {
        return Problem.of(Reason.NOT_FEMALE, who + ": по регистру это не женщина", who + ": тізілім бойынша бұл әйел емес",
                who + ": by the registry this is not a woman");
    }

    public static Problem motherNotOlder() {
        return Problem.of(Reason.INCONSISTENT, "мать родилась не раньше ребёнка", "ана баладан бұрын туылмаған",
                "the mother was not born before the child");
    }

    /** A batch with more records than one batch may have: the sender splits it. */
    public static Problem tooManyRecords(int max) {
        return Problem.of(Reason.TOO_MANY_RECORDS, "в пакете больше " + max + " записей: разделите его на несколько",
                "пакетте " + max + "-дан астам жазба бар: оны бірнеше пакетке бөліңіз",
                "the batch has more than " + max + " records: split it into several batches");
    }

    public static Problem duplicate(int firstLine) {
        return Problem.of(Reason.DUPLICATE_KEY, "запись с тем же ключом уже есть в записи " + firstLine,
                "дәл осындай кілті бар жазба " + firstLine + "-жазбада бар", "same key as the record at " + firstLine);
    }

    /** A period overlaps another one of the same person or family: in the registry, or at a record of the batch. */
    public static Problem overlap(LocalDate from, LocalDate to, Integer batchLine) {
        String end = to == null ? "…" : to.toString();
        String ru = batchLine == null ? "уже в регистре" : "запись " + batchLine + " этого пакета";
        String kk = batchLine == null ? "тізілімде бар" : "осы пакеттің " + batchLine + "-жазбасы";
        String en = batchLine == null ? "already in the registry" : "record " + batchLine + " of this batch";
        return Problem.of(Reason.OVERLAPPING_PERIOD,
                "период пересекается с периодом " + from + " — " + end + " (" + ru + ")",
                "кезең " + from + " — " + end + " кезеңімен қиылысады (" + kk + ")",
                "the period overlaps the period " + from + " — " + end + " (" + en + ")");
    }
}
