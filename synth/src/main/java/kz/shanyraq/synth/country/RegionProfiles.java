package kz.shanyraq.synth.country;

import java.util.List;
import java.util.Optional;

/** The 20 regions since 8 June 2022, in ISO code order, with what the generator needs about each. */
public final class RegionProfiles {

    private static final List<RegionProfile> ALL = List.of(
            oblast("KZ-10", "Abai", 600, 0.64, 2.4, 0.5, 0.85, 1.2, 1.00, true, "Семей", "Семей", "Semey", 7, false, true),
            oblast("KZ-11", "Akmola", 790, 0.56, 2.2, 0.3, 0.82, 0.9, 1.00, true, "Кокшетау", "Көкшетау", "Kokshetau", 8, false, true),
            oblast("KZ-15", "Aktobe", 930, 0.72, 2.8, 0.5, 0.92, 0.9, 0.975, false, "Актобе", "Ақтөбе", "Aktobe", 8, false, false),
            oblast("KZ-19", "Almaty Region", 1550, 0.36, 3.0, 0.8, 0.85, 1.1, 1.00, false, "Конаев", "Қонаев", "Konaev", 8, false, false),
            oblast("KZ-23", "Atyrau", 700, 0.58, 3.2, 0.8, 1.75, 0.6, 1.09, false, "Атырау", "Атырау", "Atyrau", 6, true, false),
            oblast("KZ-27", "West Kazakhstan", 690, 0.59, 2.6, 0.5, 0.92, 1.0, 0.985, true, "Уральск", "Орал", "Oral", 7, false, false),
            oblast("KZ-31", "Zhambyl", 1220, 0.48, 3.0, 1.0, 0.74, 1.6, 0.955, false, "Тараз", "Тараз", "Taraz", 8, false, false),
            oblast("KZ-33", "Zhetysu", 700, 0.51, 2.7, 0.8, 0.75, 1.3, 1.00, false, "Талдыкорган", "Талдықорған", "Taldykorgan", 7, false, false),
            oblast("KZ-35", "Karaganda", 1130, 0.88, 2.1, 0.3, 1.02, 0.8, 1.00, true, "Караганда", "Қарағанды", "Karaganda", 7, false, true),
            oblast("KZ-39", "Kostanay", 830, 0.61, 1.8, 0.1, 0.82, 0.9, 1.00, true, "Костанай", "Қостанай", "Kostanay", 8, false, true),
            oblast("KZ-43", "Kyzylorda", 840, 0.52, 3.3, 1.0, 0.82, 1.6, 0.97, false, "Кызылорда", "Қызылорда", "Kyzylorda", 7, true, false),
            oblast("KZ-47", "Mangystau", 780, 0.47, 3.5, 0.8, 1.45, 1.1, 1.00, false, "Актау", "Ақтау", "Aktau", 6, true, false),
            oblast("KZ-55", "Pavlodar", 750, 0.77, 2.0, 0.1, 0.97, 0.8, 0.96, true, "Павлодар", "Павлодар", "Pavlodar", 7, false, true),
            oblast("KZ-59", "North Kazakhstan", 530, 0.53, 1.6, 0.1, 0.77, 1.0, 1.00, true, "Петропавловск", "Петропавл", "Petropavl", 7, false, true),
            oblast("KZ-61", "Turkestan", 2100, 0.26, 3.6, 1.0, 0.68, 2.0, 0.945, false, "Туркестан", "Түркістан", "Turkistan", 8, true, false),
            oblast("KZ-62", "Ulytau", 220, 0.84, 2.5, 0.5, 1.15, 0.9, 1.00, true, "Жезказган", "Жезқазған", "Zhezkazgan", 5, false, false),
            oblast("KZ-63", "East Kazakhstan", 730, 0.70, 1.9, 0.1, 0.95, 0.9, 1.00, true, "Усть-Каменогорск", "Өскемен", "Oskemen", 7, false, true),
            city("KZ-71", "Astana", 1500, 2.9, 0.5, 1.35, 0.4, 1.00, 5),
            city("KZ-75", "Almaty", 2300, 2.2, 0.3, 1.30, 0.4, 1.00, 8),
            city("KZ-79", "Shymkent", 1250, 3.3, 1.0, 0.78, 1.3, 1.00, 5));

    private RegionProfiles() {
    }

    public static List<RegionProfile> all() {
        return ALL;
    }

    public static Optional<RegionProfile> of(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Total population of the table, thousands (20 140). */
    public static int totalPopulation() {
        return ALL.stream().mapToInt(RegionProfile::population).sum();
    }

    private static RegionProfile oblast(String code, String name, int population, double urban, double fertility,
                                        double tradition, double wage, double poverty, double pm, boolean quota,
                                        String centreRu, String centreKk, String centreEn, int districts,
                                        boolean camels, boolean pigs) {
        return new RegionProfile(code, name, population, urban, fertility, tradition, wage, poverty, pm, quota,
                new String[]{centreRu, centreKk, centreEn}, districts, camels, pigs);
    }

    private static RegionProfile city(String code, String name, int population, double fertility, double tradition,
                                      double wage, double poverty, double pm, int districts) {
        return new RegionProfile(code, name, population, 1.0, fertility, tradition, wage, poverty, pm, false, null,
                districts, false, false);
    }
}
