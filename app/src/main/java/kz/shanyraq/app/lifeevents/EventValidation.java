package kz.shanyraq.app.lifeevents;

import kz.shanyraq.ingest.format.FieldType;
import kz.shanyraq.ingest.format.InvalidValue;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Iin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks the form of events (no database): required fields, types (the importer's IIN, BIN, date, code checks),
 * unknown data fields, dates not in the future. Facts that need the registry are checked by the intake.
 */
final class EventValidation {

    private static final Pattern SOURCE_SYSTEM = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,39}$");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private EventValidation() {
    }

    /** An event whose form is right; {@code data} in canonical (sorted) order. */
    record ValidEvent(int index, String sourceSystem, String sourceId, LifeEventKind kind, LocalDate effectiveOn,
                      String iin, Map<String, String> data) {

        String contentHash() {
            StringBuilder s = new StringBuilder().append(kind.code()).append('|').append(effectiveOn).append('|')
                    .append(iin);
            data.forEach((k, v) -> s.append('|').append(k).append('=').append(v));
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        String data(String name) {
            return data.get(name);
        }
    }

    static ValidEvent check(int index, IncomingEvent e, LocalDate today, boolean internal, List<EventProblem> out) {
        int before = out.size();
        String sourceId = e.sourceId();
        if (blank(e.sourceSystem()) || !SOURCE_SYSTEM.matcher(e.sourceSystem()).matches()) {
            out.add(problem(index, sourceId, "sourceSystem", "нужен код системы-источника (латиница, цифры, . _ -)",
                    "дереккөз жүйесінің коды қажет (латын әріптері, цифрлар, . _ -)",
                    "a source system code is required (lower-case letters, digits, . _ -)"));
        }
        if (blank(sourceId) || sourceId.length() > 100 || sourceId.chars().anyMatch(Character::isISOControl)) {
            out.add(problem(index, sourceId, "sourceId", "нужен идентификатор события в системе-источнике (до 100 символов)",
                    "дереккөз жүйесіндегі оқиға идентификаторы қажет (100 таңбаға дейін)",
                    "the event's id in the source system is required (up to 100 characters)"));
        }
        LifeEventKind kind = e.kind() == null ? null : LifeEventKind.byCode(e.kind())
                .filter(k -> internal || k.external()).orElse(null);
        if (kind == null) {
            String known = String.join(", ", LifeEventKind.externalCodes());
            out.add(problem(index, sourceId, "kind", "неизвестный вид события; известны: " + known,
                    "оқиғаның белгісіз түрі; белгілілері: " + known, "unknown kind of event; known: " + known));
        }
        LocalDate effectiveOn = null;
        try {
            effectiveOn = e.effectiveOn() == null ? null : (LocalDate) new FieldType.DateValue().parse(e.effectiveOn());
        } catch (InvalidValue iv) {
            out.add(new EventProblem(index, sourceId, "effectiveOn", iv.problem().message()));
        }
        if (e.effectiveOn() == null) {
            out.add(problem(index, sourceId, "effectiveOn", "нужна дата, с которой действует событие (ГГГГ-ММ-ДД)",
                    "оқиға күшіне енетін күн қажет (ЖЖЖЖ-АА-КК)", "the date the event takes effect is required (YYYY-MM-DD)"));
        } else if (effectiveOn != null && effectiveOn.isAfter(today)) {
            out.add(problem(index, sourceId, "effectiveOn", "дата в будущем: событие ещё не произошло",
                    "болашақтағы күн: оқиға әлі болған жоқ", "the date is in the future: the event has not happened yet"));
        } else if (effectiveOn != null && effectiveOn.isBefore(EARLIEST)) {
            out.add(problem(index, sourceId, "effectiveOn", "дата раньше 2000-01-01", "күн 2000-01-01-ден ерте",
                    "the date is before 2000-01-01"));
        }
        String iinProblem = Iin.problem(e.iin());
        if (iinProblem != null) {
            out.add(problem(index, sourceId, "iin", "ИИН недействителен (" + iinProblem + ")",
                    "ЖСН жарамсыз (" + iinProblem + ")", "invalid IIN: " + iinProblem));
        }
        Map<String, String> data = new TreeMap<>();
        if (kind != null) {
            for (String name : e.data().keySet()) {
                if (!kind.fields().containsKey(name)) {
                    out.add(problem(index, sourceId, "data." + name, "поле не относится к событию " + kind.code(),
                            "өріс " + kind.code() + " оқиғасына жатпайды", "no such field for " + kind.code()));
                }
            }
            for (LifeEventKind.DataField f : kind.fields().values()) {
                String value = e.data().get(f.name());
                if (value == null || value.isBlank()) {
                    if (f.required()) {
                        out.add(problem(index, sourceId, "data." + f.name(), "обязательное поле не заполнено",
                                "міндетті өріс толтырылмаған", "required field is missing"));
                    }
                    continue;
                }
                try {
                    f.type().parse(value.trim());
                    data.put(f.name(), value.trim());
                } catch (InvalidValue iv) {
                    out.add(new EventProblem(index, sourceId, "data." + f.name(), iv.problem().message()));
                }
            }
            crossChecks(index, sourceId, kind, effectiveOn, e.iin(), data, out);
        }
        if (out.size() > before) {
            return null;
        }
        return new ValidEvent(index, e.sourceSystem(), sourceId, kind, effectiveOn, e.iin(), data);
    }

    private static void crossChecks(int index, String sourceId, LifeEventKind kind, LocalDate on, String iin,
                                    Map<String, String> data, List<EventProblem> out) {
        String district = data.get("district");
        if (district != null && data.get("region") != null && !district.startsWith(data.get("region") + "-")) {
            out.add(problem(index, sourceId, "data.district", "район не относится к указанной области",
                    "аудан көрсетілген облысқа жатпайды", "the district is not in the region given"));
        }
        String validTo = data.get("validTo");
        if (validTo != null && on != null && LocalDate.parse(validTo).isBefore(on)) {
            out.add(problem(index, sourceId, "data.validTo", "окончание раньше начала", "аяқталуы басталуынан ерте",
                    "ends before it starts"));
        }
        for (String other : List.of("motherIin", "fatherIin", "spouseIin")) {
            if (iin != null && iin.equals(data.get(other))) {
                out.add(problem(index, sourceId, "data." + other, "совпадает с ИИН субъекта события",
                        "оқиға субъектісінің ЖСН-імен сәйкес келеді", "is the subject's own IIN"));
            }
        }
    }

    static EventProblem problem(int index, String sourceId, String field, String ru, String kk, String en) {
        return new EventProblem(index, sourceId, field, Text.of(ru, kk, en));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
