package kz.shanyraq.app.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Locale;

/** Names of regions and districts in Russian, Kazakh or English, from the registry's reference tables. */
@Service
public class PlaceNames {

    private final JdbcClient jdbc;

    PlaceNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String region(String code, Locale locale) {
        return code == null ? null : name("region", "code", code, locale);
    }

    public String district(String id, Locale locale) {
        return id == null ? null : name("district", "id", id, locale);
    }

    /** "Region, district" for display; the raw code when the name is unknown. */
    public String of(Territory territory, Locale locale) {
        if (territory == null) {
            return null;
        }
        String region = region(territory.region(), locale);
        return territory.district() == null ? region : region + ", " + district(territory.district(), locale);
    }

    public boolean districtExists(String id) {
        return jdbc.sql("select exists (select 1 from district where id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    private String name(String table, String key, String value, Locale locale) {
        String column = switch (locale.getLanguage()) {
            case "kk" -> "name_kk";
            case "en" -> "name_en";
            default -> "name_ru";
        };
        // Table and column names come from the constants above, never from input.
        return jdbc.sql("select " + column + " from " + table + " where " + key + " = :v")
                .param("v", value).query(String.class).optional().orElse(value);
    }
}
