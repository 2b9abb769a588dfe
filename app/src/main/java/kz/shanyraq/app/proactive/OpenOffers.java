package kz.shanyraq.app.proactive;

import kz.shanyraq.app.registry.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Offers of a territory for the staff's home: those waiting for the citizen's answer (soonest expiry first) or all
 * of a status. Personal data (families by id): the caller audits each family listed.
 */
@Service
public class OpenOffers {

    public static final List<String> STATUSES = List.of("sent", "consented", "refused", "expired");
    public static final int LIMIT = 200;
    /** How a list may be sorted: by the answer's deadline (default), by amount (largest first), by family. */
    public static final java.util.Map<String, String> SORTS = java.util.Map.of(
            "expires", "expires_on, id", "amount", "amount desc, id", "family", "family_id, id");

    public record OfferLine(long id, long familyId, String measure, long amount, String payment, LocalDate expiresOn,
                            OffsetDateTime createdAt, String status, String answeredVia, String answeredBy) {
    }

    private final JdbcClient jdbc;

    OpenOffers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Offers of the territory with a status ({@code sent} when none is given), soonest expiry first. */
    public List<OfferLine> of(Territory scope, String status) {
        return of(scope, status, "expires");
    }

    /** The same, sorted by one of {@link #SORTS}. */
    public List<OfferLine> of(Territory scope, String status, String sort) {
        String chosen = STATUSES.contains(status) ? status : "sent";
        String order = SORTS.getOrDefault(sort, SORTS.get("expires"));
        return jdbc.sql("""
                select id, family_id, measure, amount, payment, expires_on, created_at, status, answered_via,
                       answered_by
                  from offer
                 where status = :s and region_code = :r and (cast(:d as text) is null or district_id = :d)
                 order by\s""" + order + " limit :n")
                .param("s", chosen).param("r", scope.region()).param("d", scope.district()).param("n", LIMIT)
                .query((rs, n) -> new OfferLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, OffsetDateTime.class),
                        rs.getString(8), rs.getString(9), rs.getString(10)))
                .list();
    }
}
