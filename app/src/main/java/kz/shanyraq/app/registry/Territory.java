package kz.shanyraq.app.registry;

/**
 * A place in the administrative division: a region (ISO 3166-2:KZ code) and, optionally, a district of it.
 *
 * @param district {@code null} for the whole region
 */
public record Territory(String region, String district) {

    public static Territory region(String region) {
        return new Territory(region, null);
    }

    /** Whether this territory (a user's scope) includes a place (a family's address). */
    public boolean includes(Territory place) {
        if (place == null || !region.equals(place.region())) {
            return false;
        }
        return district == null || district.equals(place.district());
    }

    @Override
    public String toString() {
        return district == null ? region : district;
    }
}
