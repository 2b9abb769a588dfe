package kz.shanyraq.ingest.format;

import kz.shanyraq.ingest.ImportError.Reason;
import kz.shanyraq.ingest.regional.Quarter;
import kz.shanyraq.law.family.Iin;
import kz.shanyraq.law.labour.Bin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type of a field: how its text is read (a CSV cell, or a JSON value of {@link #json()} type), what it must
 * look like, and how the documentation and the JSON Schema describe it.
 */
public sealed interface FieldType {

    /** The value, typed for JDBC ({@code String}, {@code LocalDate}, {@code Long}, {@code BigDecimal}, {@code Boolean}). */
    Object parse(String text) throws InvalidValue;

    JsonType json();

    /** How the format documentation names this type. */
    String describe();

    /** JSON Schema keywords of this type besides {@code type}. */
    default Map<String, Object> schema() {
        return Map.of();
    }

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** ИИН: 12 digits, a valid date of birth, a century-and-sex digit, a correct check digit. */
    record IinValue() implements FieldType {
        public Object parse(String text) throws InvalidValue {
            String problem = Iin.problem(text);
            if (problem != null) {
                throw new InvalidValue(Problem.of(Reason.INVALID_IIN, "ИИН недействителен (" + problem + ")",
                        "ЖСН жарамсыз (" + problem + ")", "invalid IIN: " + problem));
            }
            return text;
        }

        public JsonType json() {
            return JsonType.STRING;
        }

        public String describe() {
            return "IIN, 12 digits with a correct check digit";
        }

        public Map<String, Object> schema() {
            return Map.of("pattern", "^[0-9]{12}$");
        }
    }

    /** БИН of an employer: 12 digits, check digit by the same algorithm as the IIN. */
    record BinValue() implements FieldType {
        public Object parse(String text) throws InvalidValue {
            // The rule is the law's (kz.shanyraq.law.labour.Bin); here only its words in three languages.
            String problem = Bin.problem(text);
            if (problem == null) {
                return text;
            }
            if (text.length() != 12 || !text.chars().allMatch(Character::isDigit)) {
                throw invalidBin("БИН должен состоять ровно из 12 цифр", "БСН дәл 12 цифрдан тұруы тиіс", "BIN must be exactly 12 digits");
            }
            if (problem.contains("check digit")) {
                throw invalidBin("неверная контрольная цифра БИН", "БСН бақылау цифры қате", "BIN check digit is wrong");
            }
            throw invalidBin("БИН не соответствует структуре (год и месяц регистрации, тип и признак юридического лица)",
                    "БСН құрылымына сәйкес емес (тіркелген жылы мен айы, заңды тұлғаның түрі мен белгісі)", problem);
        }

        private static InvalidValue invalidBin(String ru, String kk, String en) {
            return new InvalidValue(Problem.of(Reason.INVALID_BIN, ru, kk, en));
        }

        public JsonType json() {
            return JsonType.STRING;
        }

        public String describe() {
            return "BIN, 12 digits with a correct check digit";
        }

        public Map<String, Object> schema() {
            return Map.of("pattern", "^[0-9]{12}$");
        }
    }

    /** A calendar date, ISO {@code YYYY-MM-DD}, that exists, between 1900 and 2100. */
    record DateValue() implements FieldType {
        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

        public Object parse(String text) throws InvalidValue {
            try {
                LocalDate date = LocalDate.parse(text, ISO);
                if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                    throw invalid();
                }
                return date;
            } catch (DateTimeParseException e) {
                throw invalid();
            }
        }

        private static InvalidValue invalid() {
            return new InvalidValue(Problem.of(Reason.INVALID_DATE,
                    "дата должна быть в формате ГГГГ-ММ-ДД, существовать и лежать между 1900 и 2100 годами",
                    "күн ЖЖЖЖ-АА-КК пішімінде, шын және 1900–2100 жылдар аралығында болуы тиіс",
                    "date must be YYYY-MM-DD, exist, and lie between 1900 and 2100"));
        }

        public JsonType json() {
            return JsonType.STRING;
        }

        public String describe() {
            return "date YYYY-MM-DD";
        }

        public Map<String, Object> schema() {
            return Map.of("format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }
    }

    /** A month {@code YYYY-MM}; the value is its first day (how the registry stores months). */
    record MonthValue() implements FieldType {
        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

        public Object parse(String text) throws InvalidValue {
            try {
                LocalDate first = YearMonth.parse(text, ISO).atDay(1);
                if (first.isBefore(EARLIEST) || first.isAfter(LATEST)) {
                    throw invalid();
                }
                return first;
            } catch (DateTimeParseException e) {
                throw invalid();
            }
        }

        private static InvalidValue invalid() {
            return new InvalidValue(Problem.of(Reason.INVALID_MONTH, "месяц должен быть в формате ГГГГ-ММ (1900–2100)",
                    "ай ЖЖЖЖ-АА пішімінде болуы тиіс (1900–2100)", "month must be YYYY-MM (1900–2100)"));
        }

        public JsonType json() {
            return JsonType.STRING;
        }

        public String describe() {
            return "month YYYY-MM";
        }

        public Map<String, Object> schema() {
            return Map.of("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$");
        }
    }

    /** A quarter {@code YYYY-Qn}. */
    record QuarterValue() implements FieldType {
        public Object parse(String text) throws InvalidValue {
            try {
                return Quarter.parse(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidValue(Problem.of(Reason.INVALID_QUARTER, "квартал должен быть в формате ГГГГ-Qn, n от 1 до 4",
                        "тоқсан ЖЖЖЖ-Qn пішімінде болуы тиіс, n 1-ден 4-ке дейін", "quarter must be YYYY-Qn with n from 1 to 4"));
            }
        }

        public JsonType json() {
            return JsonType.STRING;
        }

        public String describe() {
            return "quarter YYYY-Qn";
        }

        public Map<String, Object> schema() {
            return Map.of("pattern", "^[0-9]{4}-Q[1-4]$");
        }
    }

    /**
     * A whole number between min and max. An amount (tenge, counts) refuses negatives with its own reason, so a
     * source sees "negative amount", not a range.
     */
    record WholeNumber(long min, long max, boolean amount) implements FieldType {
        public Object parse(String text) throws InvalidValue {
            long value;
            try {
                value = new BigDecimal(text).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new InvalidValue(Problem.of(Reason.INVALID_NUMBER, "должно быть целым числом", "бүтін сан болуы тиіс",
                        "must be a whole number"));
            }
            if (amount && value < 0) {
                throw new InvalidValue(Problem.of(Reason.NEGATIVE_AMOUNT, "значение не может быть отрицательным",
                        "мән теріс болуы мүмкін емес", "must not be negative"));
            }
            if (value < min || value > max) {
                String range = max == Long.MAX_VALUE ? "≥ " + min : min + "–" + max;
                throw new InvalidValue(Problem.of(Reason.OUT_OF_RANGE, "значение должно быть в пределах " + range,
                        "мән " + range + " шегінде болуы тиіс", "must be within " + range));
            }
            return value;
        }

        public JsonType json() {
            return JsonType.INTEGER;
        }

        public String describe() {
            return max == Long.MAX_VALUE ? "whole number ≥ " + min : "whole number " + min + "–" + max;
        }

        public Map<String, Object> schema() {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("minimum", min);
            if (max != Long.MAX_VALUE) {
                schema.put("maximum", max);
            }
            return schema;
        }
    }

    /**
     * A decimal number with a dot, at least (or, if not {@code minInclusive}, more than) {@code min}, at most
     * {@code max}, with at most {@code scale} decimals.
     */
    record DecimalNumber(BigDecimal min, boolean minInclusive, BigDecimal max, int scale) implements FieldType {
        public Object parse(String text) throws InvalidValue {
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new InvalidValue(Problem.of(Reason.INVALID_NUMBER, "должно быть числом с точкой, например 12.5",
                        "нүктелі сан болуы тиіс, мысалы 12.5", "must be a number with a dot, e.g. 12.5"));
            }
            if (value.signum() < 0 && min.signum() >= 0) {
                throw new InvalidValue(Problem.of(Reason.NEGATIVE_AMOUNT, "значение не может быть отрицательным",
                        "мән теріс болуы мүмкін емес", "must not be negative"));
            }
            int low = value.compareTo(min);
            if (low < 0 || (low == 0 && !minInclusive) || value.compareTo(max) > 0) {
                String bound = minInclusive ? "≥ " : "> ";
                throw new InvalidValue(Problem.of(Reason.OUT_OF_RANGE,
                        "значение должно быть " + bound + min.toPlainString() + " и ≤ " + max.toPlainString(),
                        "мән " + bound + min.toPlainString() + " және ≤ " + max.toPlainString() + " болуы тиіс",
                        "must be " + bound + min.toPlainString() + " and ≤ " + max.toPlainString()));
            }
            if (value.stripTrailingZeros().scale() > scale) {
                throw new InvalidValue(Problem.of(Reason.INVALID_NUMBER, "не больше " + scale + " знаков после точки",
                        "нүктеден кейін " + scale + " таңбадан аспауы тиіс", "at most " + scale + " decimals"));
            }
            return value;
        }

        public JsonType json() {
            return JsonType.NUMBER;
        }

        public String describe() {
            return "number " + (minInclusive ? "≥ " : "> ") + min.toPlainString() + ", up to " + scale + " decimals";
        }

        public Map<String, Object> schema() {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put(minInclusive ? "minimum" : "exclusiveMinimum", min);
            schema.put("maximum", max);
            return schema;
        }
    }

    /** Text as people write it (a name, a reason): 1 to {@code maxLength} characters, no control characters. */
    record FreeText(int maxLength) implements FieldType {
        public Object parse(String text) throws InvalidValue {
            if (text.length() > maxLength || text.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidValue(Problem.of(Reason.INVALID_TEXT,
                        "текст до " + maxLength + " знаков без управляющих символов",
                        "басқару таңбаларынсыз " + maxLength + " таңбаға дейінгі мәтін",
                        "text of up to " + maxLength + " characters without control characters"));
            }
            return text;
        }

        public JsonType json() {
            return JsonType.STRING;
        }

        public String describe() {
            return "text, up to " + maxLength + " characters";
        }

        public Map<String, Object> schema() {
            return Map.of("minLength", 1, "maxLength", maxLength);
        }
    }

    /** {@code true} or {@code false}. */
    record Flag() implements FieldType {
        public Object parse(String text) throws InvalidValue {
            return switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidValue(Problem.of(Reason.UNKNOWN_CODE, "должно быть true или false",
                        "true немесе false болуы тиіс", "must be true or false"));
            };
        }

        public JsonType json() {
            return JsonType.BOOLEAN;
        }

        public String describe() {
            return "true or false";
        }
    }

    /** One of a fixed list of codes (the law's enums and the registry's classifiers). */
    record Code(List<String> codes) implements FieldType {
        public Object parse(String text) throws InvalidValue {
            if (!codes.contains(text)) {
                String allowed = String.join(", ", codes);
                throw new InvalidValue(Problem.of(Reason.UNKNOWN_CODE, "неизвестное значение; допустимы: " + allowed,
                        "белгісіз мән; рұқсат етілгендер: " + allowed, "unknown value; allowed: " + allowed));
            }
            return text;
        }

        public JsonType json() {
            return JsonType.STRING;
        }

        public String describe() {
            return "one of: " + String.join(", ", codes);
        }

        public Map<String, Object> schema() {
            return Map.of("enum", codes);
        }
    }

    /** Free text of a source (a source-system name, a reference) limited by a pattern. */
    record Label(String pattern, String shape) implements FieldType {
        public Object parse(String text) throws InvalidValue {
            if (!Patterns.compiled(pattern).matcher(text).matches()) {
                throw new InvalidValue(Problem.of(Reason.INVALID_TEXT, "недопустимое значение: ожидается " + shape,
                        "жарамсыз мән: " + shape + " күтіледі", "invalid value: expected " + shape));
            }
            return text;
        }

        public JsonType json() {
            return JsonType.STRING;
        }

        public String describe() {
            return shape;
        }

        public Map<String, Object> schema() {
            return Map.of("pattern", "^(?:" + pattern + ")$");
        }
    }

    /** An ISO 3166-2:KZ region code; whether it is one of the 20 is checked against the registry's region table. */
    record RegionCode() implements FieldType {
        public Object parse(String text) throws InvalidValue {
            if (!text.matches("KZ-[0-9]{2}")) {
                throw Messages.unknownRegion();
            }
            return text;
        }

        public JsonType json() {
            return JsonType.STRING;
        }

        public String describe() {
            return "region, ISO 3166-2:KZ code (KZ-10 … KZ-79, 20 codes)";
        }

        public Map<String, Object> schema() {
            return Map.of("pattern", "^KZ-[0-9]{2}$");
        }
    }

    /** A district id {@code KZ-NN-NN}; it must exist in the registry's district table (or earlier in the batch). */
    record DistrictId() implements FieldType {
        public Object parse(String text) throws InvalidValue {
            if (!text.matches("KZ-[0-9]{2}-[0-9]{2}")) {
                throw new InvalidValue(Problem.of(Reason.UNKNOWN_DISTRICT, "код района должен иметь вид KZ-NN-NN",
                        "аудан коды KZ-NN-NN түрінде болуы тиіс", "district id must look like KZ-NN-NN"));
            }
            return text;
        }

        public JsonType json() {
            return JsonType.STRING;
        }

        public String describe() {
            return "district id KZ-NN-NN (region code + 2 digits)";
        }

        public Map<String, Object> schema() {
            return Map.of("pattern", "^KZ-[0-9]{2}-[0-9]{2}$");
        }
    }
}
