package kz.shanyraq.app.analytics;



/**
 * What a dashboard is cut to: a region (KZ-NN), a district of it (KZ-NN-nn), urban or rural, a well-being category
 * (1–6, or 0 for none). Each null when not chosen. The urban/rural and category cuts apply to the recompute's figures.
 */
public record AnalyticsFilter(String region, String district, String locality, Integer category) {

    public static final AnalyticsFilter NONE = new AnalyticsFilter(null, null, null, null);

    /** Checks the filter; a wrong one is refused naming the field. */
    public static AnalyticsFilter of(String region, String district, String locality, Integer category) {
        region = blank(region);
        district = blank(district);
        locality = blank(locality);
        if (region != null && !region.matches("KZ-[0-9]{2}")) {
            throw AnalyticsRefusedException.invalid("region", "a region code KZ-NN, not '" + region + "'");
        }
        if (district != null && !district.matches("KZ-[0-9]{2}-[0-9]{2}")) {
            throw AnalyticsRefusedException.invalid("district", "a district code KZ-NN-nn, not '" + district + "'");
        }
        if (district != null && region != null && !district.startsWith(region + "-")) {
            throw AnalyticsRefusedException.invalid("district", "district " + district + " is not in region " + region);
        }
        if (district != null && region == null) {
            region = district.substring(0, 5);
        }
        if (locality != null && !locality.equals("urban") && !locality.equals("rural")) {
            throw AnalyticsRefusedException.invalid("locality", "urban or rural, not '" + locality + "'");
        }
        if (category != null && (category < 0 || category > 6)) {
            throw AnalyticsRefusedException.invalid("category", "a category 1–6 (0: none), not " + category);
        }
        return new AnalyticsFilter(region, district, locality, category);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public AnalyticsFilter withRegion(String r) {
        return new AnalyticsFilter(r, null, locality, category);
    }

    public AnalyticsFilter withDistrict(String d) {
        return new AnalyticsFilter(region, d, locality, category);
    }
}
