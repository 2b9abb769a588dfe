package kz.shanyraq.ingest.labour;

import kz.shanyraq.ingest.ImportError.Reason;
import kz.shanyraq.ingest.apply.BatchCheck;
import kz.shanyraq.ingest.apply.Row;
import kz.shanyraq.ingest.format.Problem;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A violation or a prescription names an inspection the registry holds (load the inspections kind first): of the
 * enterprise it names, if it names one, and found or issued not before the inspection began.
 */
final class KnownInspections {

    private KnownInspections() {
    }

    private record Inspection(String bin, LocalDate startedOn) {
    }

    /**
     * @param binField  the field naming the enterprise, or {@code null} when the record names none
     * @param dayField  the day the record was made (found, issued), not before the inspection began
     */
    static BatchCheck in(String refField, String binField, String dayField) {
        return (rows, ctx, c, errors) -> {
            Set<String> refs = new HashSet<>();
            for (Row row : rows) {
                if (row.has(refField)) {
                    refs.add(row.text(refField));
                }
            }
            Map<String, Inspection> known = new HashMap<>();
            if (!refs.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "select inspection_ref, bin, started_on from labour_inspection where inspection_ref = any(?)")) {
                    ps.setArray(1, c.createArrayOf("text", refs.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            known.put(rs.getString(1), new Inspection(rs.getString(2), rs.getObject(3, LocalDate.class)));
                        }
                    }
                }
            }
            for (Row row : rows) {
                if (!row.has(refField)) {
                    continue;
                }
                Inspection inspection = known.get(row.text(refField));
                if (inspection == null) {
                    errors.add(row.source(), refField, Problem.of(Reason.UNKNOWN_INSPECTION,
                            "проверки с таким номером нет (загрузите сначала проверки)",
                            "мұндай нөмірлі тексеру жоқ (алдымен тексерулерді жүктеңіз)",
                            "no inspection with this number (load the inspections first)"));
                    continue;
                }
                if (binField != null && row.has(binField) && !inspection.bin().equals(row.text(binField))) {
                    errors.add(row.source(), binField, Problem.of(Reason.INCONSISTENT,
                            "проверка проводилась на другом предприятии (БИН " + inspection.bin() + ")",
                            "тексеру басқа кәсіпорында жүргізілген (БСН " + inspection.bin() + ")",
                            "the inspection was of another enterprise (BIN " + inspection.bin() + ")"));
                }
                if (row.has(dayField) && row.date(dayField).isBefore(inspection.startedOn())) {
                    errors.add(row.source(), dayField, Problem.of(Reason.INCONSISTENT,
                            "дата раньше начала проверки (" + inspection.startedOn() + ")",
                            "күні тексеру басталғаннан ерте (" + inspection.startedOn() + ")",
                            "before the inspection began (" + inspection.startedOn() + ")"));
                }
            }
        };
    }
}
