package kz.shanyraq.ingest.labour;

import kz.shanyraq.ingest.ImportError.Reason;
import kz.shanyraq.ingest.apply.BatchCheck;
import kz.shanyraq.ingest.apply.Row;
import kz.shanyraq.ingest.format.Problem;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

/** Every BIN a fact names must be an enterprise of the registry (load the enterprises kind first). */
final class KnownEnterprises {

    private KnownEnterprises() {
    }

    static BatchCheck in(String binField) {
        return (rows, ctx, c, errors) -> {
            Set<String> bins = new HashSet<>();
            for (Row row : rows) {
                if (row.has(binField)) {
                    bins.add(row.text(binField));
                }
            }
            Set<String> known = new HashSet<>();
            if (!bins.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("select bin from enterprise where bin = any(?)")) {
                    Array array = c.createArrayOf("text", bins.toArray());
                    ps.setArray(1, array);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            known.add(rs.getString(1));
                        }
                    }
                }
            }
            for (Row row : rows) {
                if (row.has(binField) && !known.contains(row.text(binField))) {
                    errors.add(row.source(), binField, Problem.of(Reason.UNKNOWN_ENTERPRISE,
                            "предприятия с таким БИН нет в реестре предприятий",
                            "мұндай БСН бар кәсіпорын кәсіпорындар тізілімінде жоқ",
                            "no enterprise with this BIN in the enterprise registry"));
                }
            }
        };
    }
}
