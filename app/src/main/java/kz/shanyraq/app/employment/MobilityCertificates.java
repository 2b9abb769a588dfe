package kz.shanyraq.app.employment;

import kz.shanyraq.app.recompute.Distribution.Cell;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.registry.PersonOnDate;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.casework.Norm;
import kz.shanyraq.law.employment.MobilityCertificate;
import kz.shanyraq.law.labour.Bin;
import kz.shanyraq.law.parameter.Law;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Applications for the economic-mobility certificate (seed 001): a family moving to a region of settlement with a
 * participating employer gets, once, the amount the law's {@link MobilityCertificate} decides — 50 % of the cost of
 * housing bought or built, or of a mortgage's first payment, at most the cap per family of the day. The input is
 * checked field by field first (400 naming the field, nothing written); a refusal by the rule is recorded with its
 * reason and norms (409); a grant is one insert. «Once» is the rule's ({@code receivedBefore}) and the database's:
 * the unique indexes on the head's IIN and the registry's family make the loser of two concurrent applications fail
 * on insert, and that failure is answered with the same rule's refusal.
 */
@Service
public class MobilityCertificates {

    /** What the family uses the certificate for (seed 001: housing bought or built, or a mortgage's first payment). */
    static final List<String> PURPOSES = List.of("purchase", "construction", "mortgage-first-payment");

    private final JdbcClient jdbc;
    private final FamilyRegistry registry;
    private final EmploymentAccess access;
    private final EmploymentLaw law;

    MobilityCertificates(JdbcClient jdbc, FamilyRegistry registry, EmploymentAccess access, EmploymentLaw law) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.access = access;
        this.law = law;
    }

    /**
     * An application.
     *
     * @param participatingEmployer the employer's agreement to take part in resettlement, as the consultant checked it
     * @param housingCost           the cost of the housing bought or built, or the mortgage's first payment (tenge)
     * @param resettlementId        the family's resettlement application, when it has one
     */
    public record NewCertificate(String headIin, String regionCode, String employerBin, Boolean participatingEmployer,
                                 String purpose, Long housingCost, LocalDate appliedOn, Long resettlementId) {
    }

    public record Certificate(long id, String headIin, String regionCode, String purpose, long housingCost, long amount,
                              LocalDate appliedOn, List<String> norms) {
    }

    /** Certificates granted in a year in a region: how many, and their total (hidden with the count). */
    public record RegionTotal(String regionCode, Cell certificates, Long totalAmount) {
    }

    public Certificate apply(ShanyraqUser user, NewCertificate c) {
        access.requireRole(user, "take economic-mobility certificate applications", Role.CONSULTANT, Role.OPERATOR);
        if (c == null) {
            throw new InvalidEmploymentInputException("body", "an application is required");
        }
        if (c.headIin() == null || !c.headIin().matches("[0-9]{12}")) {
            throw new InvalidEmploymentInputException("headIin", "headIin must be 12 digits");
        }
        if (c.regionCode() == null || jdbc.sql("select count(*) from region where code = :c")
                .param("c", c.regionCode()).query(Long.class).single() == 0) {
            throw new InvalidEmploymentInputException("regionCode", "unknown region '" + c.regionCode() + "'");
        }
        String binProblem = Bin.problem(c.employerBin());
        if (binProblem != null) {
            throw new InvalidEmploymentInputException("employerBin", binProblem);
        }
        if (c.participatingEmployer() == null) {
            throw new InvalidEmploymentInputException("participatingEmployer",
                    "participatingEmployer is required (true or false)");
        }
        if (c.purpose() == null || !PURPOSES.contains(c.purpose())) {
            throw new InvalidEmploymentInputException("purpose", "purpose is one of " + String.join(", ", PURPOSES));
        }
        if (c.housingCost() == null || c.housingCost() <= 0 || c.housingCost() > 10_000_000_000L) {
            throw new InvalidEmploymentInputException("housingCost",
                    "housingCost must be an amount in tenge above 0 (at most 10 000 000 000)");
        }
        LocalDate on = c.appliedOn() == null ? law.today() : c.appliedOn();
        if (on.isAfter(law.today())) {
            throw new InvalidEmploymentInputException("appliedOn", "appliedOn may not be in the future");
        }
        if (c.resettlementId() != null && jdbc.sql("""
                        select count(*) from resettlement_application where id = :id and head_iin = :i""")
                .param("id", c.resettlementId()).param("i", c.headIin()).query(Long.class).single() == 0) {
            throw new InvalidEmploymentInputException("resettlementId", "no resettlement application "
                    + c.resettlementId() + " of this head of family");
        }
        Optional<PersonOnDate> head = registry.person(c.headIin(), on);
        head.ifPresent(p -> access.recordRead(user, "api", p.id(), c.headIin(),
                "economic-mobility certificate application"));
        Long familyId = head.map(PersonOnDate::familyId).orElse(null);
        Law l = law.on(on);
        boolean before = jdbc.sql("""
                        select count(*) from mobility_certificate
                         where head_iin = :i or (cast(:f as bigint) is not null and family_id = :f)""")
                .param("i", c.headIin()).param("f", familyId).query(Long.class).single() > 0;
        MobilityCertificate.Result r = MobilityCertificate.of(c.regionCode(), c.participatingEmployer(), before,
                c.housingCost(), l);
        if (!r.granted()) {
            throw refused(user, c, on, r);
        }
        List<String> norms = r.norms().stream().map(Norm::citation).distinct().toList();
        try {
            long id = jdbc.sql("""
                    insert into mobility_certificate (head_iin, head_person_id, family_id, resettlement_id, region_code,
                        employer_bin, purpose, housing_cost, amount, norms, applied_on, applied_by)
                    values (:i, :p, :f, :res, :r, :bin, :purpose, :cost, :amount, :norms, :on, :by) returning id""")
                    .param("i", c.headIin()).param("p", head.map(PersonOnDate::id).orElse(null)).param("f", familyId)
                    .param("res", c.resettlementId()).param("r", c.regionCode()).param("bin", c.employerBin())
                    .param("purpose", c.purpose()).param("cost", c.housingCost()).param("amount", r.amount())
                    .param("norms", String.join("; ", norms)).param("on", on).param("by", user.getUsername())
                    .query(Long.class).single();
            return new Certificate(id, c.headIin(), c.regionCode(), c.purpose(), c.housingCost(), r.amount(), on, norms);
        } catch (DuplicateKeyException e) {
            // A concurrent application of the same family was granted first: the rule's «once».
            throw refused(user, c, on, MobilityCertificate.of(c.regionCode(), c.participatingEmployer(), true,
                    c.housingCost(), l));
        }
    }

    private EmploymentRefusedException refused(ShanyraqUser user, NewCertificate c, LocalDate on,
                                               MobilityCertificate.Result r) {
        String norms = String.join("; ", r.norms().stream().map(Norm::citation).distinct().toList());
        jdbc.sql("""
                insert into mobility_certificate_refusal (head_iin, region_code, refused_on, reason, refused_by)
                values (:i, :r, :on, :reason, :by)""")
                .param("i", c.headIin()).param("r", c.regionCode()).param("on", on).param("reason", r.refusal().en())
                .param("by", user.getUsername()).update();
        return new EmploymentRefusedException("mobility-certificate-refused", "No economic-mobility certificate: "
                + r.refusal().en() + ".", norms);
    }

    /** Granted certificates of a year by region (aggregates only: a count of 1–4 and its total are hidden). */
    public List<RegionTotal> byRegion(int year) {
        return jdbc.sql("""
                select region_code, count(*), sum(amount) from mobility_certificate
                 where applied_on >= make_date(:y, 1, 1) and applied_on < make_date(:y + 1, 1, 1)
                 group by region_code order by region_code""").param("y", year)
                .query((rs, i) -> {
                    Cell n = Cell.of(rs.getLong(2));
                    return new RegionTotal(rs.getString(1), n, n.hidden() ? null : rs.getLong(3));
                }).list();
    }
}
