package kz.shanyraq.ingest.apply;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the registry and the batch know about the persons, families, regions and districts a batch refers to, and
 * the ids given to what the batch creates. Filled from the database in a few set-based queries, not one per record.
 */
public final class BatchContext {

    private static final int CHUNK = 5_000;

    private final String batchId;
    private final String importedBy;
    private final LocalDate today;
    private final Map<String, KnownPerson> persons = new HashMap<>();
    private final Set<String> newPersons = new HashSet<>();
    private final Map<String, Long> families = new HashMap<>();
    private final Set<String> newFamilies = new HashSet<>();
    private final Set<String> regions = new HashSet<>();
    private final Map<String, String> districtRegions = new HashMap<>();

    BatchContext(String batchId, String importedBy, LocalDate today) {
        this.batchId = batchId;
        this.importedBy = importedBy;
        this.today = today;
    }

    public String batchId() {
        return batchId;
    }

    public String importedBy() {
        return importedBy;
    }

    public LocalDate today() {
        return today;
    }

    public KnownPerson person(String iin) {
        return persons.get(iin);
    }

    public boolean knowsFamily(String key) {
        return families.containsKey(key) || newFamilies.contains(key);
    }

    public boolean isNewFamily(String key) {
        return newFamilies.contains(key);
    }

    public boolean isRegion(String code) {
        return regions.contains(code);
    }

    /** The region of a district, or {@code null} if the registry has no such district. */
    public String regionOfDistrict(String districtId) {
        return districtRegions.get(districtId);
    }

    public long personId(String iin) {
        KnownPerson p = persons.get(iin);
        if (p == null || p.id() == null) {
            throw new IllegalStateException("person without an id: validation should have refused the batch");
        }
        return p.id();
    }

    /** The registry id of a family, or {@code null} for a family new in this batch before ids are given. */
    public Long familyId(String key) {
        return families.get(key);
    }

    public int newPersonCount() {
        return newPersons.size();
    }

    public int newFamilyCount() {
        return newFamilies.size();
    }

    // ----- filled while validating

    void loadPersons(Connection c, Collection<String> iins) throws SQLException {
        List<String> all = new ArrayList<>(new HashSet<>(iins));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement(
                    "select iin, id, birth_date, sex from person where iin = any(?)")) {
                Array array = c.createArrayOf("text", chunk.toArray());
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        persons.put(rs.getString(1), new KnownPerson(rs.getLong(2), rs.getObject(3, LocalDate.class),
                                rs.getString(4)));
                    }
                }
            }
        }
    }

    /** A person the batch itself states (persons kind): its facts win over the registry's for the batch's checks. */
    void statePerson(String iin, LocalDate birthDate, String sex) {
        KnownPerson known = persons.get(iin);
        if (known == null) {
            newPersons.add(iin);
        }
        persons.put(iin, new KnownPerson(known == null ? null : known.id(), birthDate, sex));
    }

    void loadFamilies(Connection c, Collection<String> keys) throws SQLException {
        List<String> all = new ArrayList<>(new HashSet<>(keys));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement("select family_key, family_id from family_key where family_key = any(?)")) {
                ps.setArray(1, c.createArrayOf("text", chunk.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        families.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
    }

    /** A family the batch forms (family members kind) that the registry does not have yet. */
    void stateFamily(String key) {
        if (!families.containsKey(key)) {
            newFamilies.add(key);
        }
    }

    void loadRegionsAndDistricts(Connection c, Collection<String> districtIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select code from region");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                regions.add(rs.getString(1));
            }
        }
        if (districtIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("select id, region_code from district where id = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", new HashSet<>(districtIds).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    districtRegions.put(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    // ----- before writing

    /** Gives registry ids to the persons and families the batch creates, from the importer's sequences. */
    void assignIds(Connection c) throws SQLException {
        List<String> iins = new ArrayList<>(newPersons);
        iins.sort(null);
        List<Long> personIds = nextValues(c, "registry_person_id_seq", iins.size());
        for (int i = 0; i < iins.size(); i++) {
            KnownPerson p = persons.get(iins.get(i));
            persons.put(iins.get(i), new KnownPerson(personIds.get(i), p.birthDate(), p.sex()));
        }
        List<String> keys = new ArrayList<>(newFamilies);
        keys.sort(null);
        List<Long> familyIds = nextValues(c, "registry_family_id_seq", keys.size());
        for (int i = 0; i < keys.size(); i++) {
            families.put(keys.get(i), familyIds.get(i));
        }
    }

    static List<Long> nextValues(Connection c, String sequence, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        if (count == 0) {
            return ids;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select nextval('" + sequence + "') from generate_series(1, ?)")) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
