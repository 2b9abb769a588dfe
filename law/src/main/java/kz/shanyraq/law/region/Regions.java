package kz.shanyraq.law.region;

import kz.shanyraq.law.explain.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 20 regions since 8 June 2022 (17 oblasts and 3 cities of republican significance), keyed by ISO 3166-2:KZ
 * code (legal-parameters.md §7, seed-figures.md §1). {@link #NATIONAL} stands for Kazakhstan as a whole in
 * regional-figure files.
 */
public final class Regions {

    /** Code of the whole country in regional-figure files. */
    public static final String NATIONAL = "KZ";

    private static final Map<String, Text> NAMES = new LinkedHashMap<>();

    static {
        name("KZ-10", "Абайская область", "Абай облысы", "Abai region");
        name("KZ-11", "Акмолинская область", "Ақмола облысы", "Akmola region");
        name("KZ-15", "Актюбинская область", "Ақтөбе облысы", "Aktobe region");
        name("KZ-19", "Алматинская область", "Алматы облысы", "Almaty region");
        name("KZ-23", "Атырауская область", "Атырау облысы", "Atyrau region");
        name("KZ-27", "Западно-Казахстанская область", "Батыс Қазақстан облысы", "West Kazakhstan region");
        name("KZ-31", "Жамбылская область", "Жамбыл облысы", "Zhambyl region");
        name("KZ-33", "Область Жетісу", "Жетісу облысы", "Zhetysu region");
        name("KZ-35", "Карагандинская область", "Қарағанды облысы", "Karaganda region");
        name("KZ-39", "Костанайская область", "Қостанай облысы", "Kostanay region");
        name("KZ-43", "Кызылординская область", "Қызылорда облысы", "Kyzylorda region");
        name("KZ-47", "Мангистауская область", "Маңғыстау облысы", "Mangystau region");
        name("KZ-55", "Павлодарская область", "Павлодар облысы", "Pavlodar region");
        name("KZ-59", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы", "North Kazakhstan region");
        name("KZ-61", "Туркестанская область", "Түркістан облысы", "Turkestan region");
        name("KZ-62", "Область Ұлытау", "Ұлытау облысы", "Ulytau region");
        name("KZ-63", "Восточно-Казахстанская область", "Шығыс Қазақстан облысы", "East Kazakhstan region");
        name("KZ-71", "город Астана", "Астана қаласы", "Astana (city)");
        name("KZ-75", "город Алматы", "Алматы қаласы", "Almaty (city)");
        name("KZ-79", "город Шымкент", "Шымкент қаласы", "Shymkent (city)");
    }

    private Regions() {
    }

    private static void name(String code, String ru, String kk, String en) {
        NAMES.put(code, Text.of(ru, kk, en));
    }

    /** The 20 ISO codes, KZ-10 … KZ-79, in code order. */
    public static List<String> codes() {
        return List.copyOf(NAMES.keySet());
    }

    public static boolean isRegion(String code) {
        return code != null && NAMES.containsKey(code);
    }

    public static Optional<Text> name(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }
}
