package kz.shanyraq.law.employment;

import kz.shanyraq.law.casework.Norm;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The economic-mobility certificate (seed 001): a family moving to a region of settlement with a participating
 * employer gets, once, 50 % of the cost of housing bought or built (or of a mortgage's first payment), at most
 * 4.56 M ₸ per family ({@code employment.mobility-certificate.*}).
 */
public final class MobilityCertificate {

    /** The amount, or the reason there is none, with the norms used. */
    public record Result(long amount, Text refusal, List<Norm> norms) {
        public boolean granted() {
            return refusal == null;
        }
    }

    private MobilityCertificate() {
    }

    public static Result of(String settlementRegion, boolean participatingEmployer, boolean receivedBefore,
                            long housingCost, Law law) {
        List<Norm> norms = List.of(Norm.of(law, "employment.mobility-certificate.share"),
                Norm.of(law, "employment.mobility-certificate.cap"),
                Norm.of(law, "employment.mobility-certificate.regions"));
        if (!law.codes("employment.mobility-certificate.regions").contains(settlementRegion)) {
            return new Result(0, Text.of("регион не входит в регионы расселения", "өңір қоныстандыру өңірлеріне кірмейді",
                    "the region is not a region of settlement"), norms);
        }
        if (!participatingEmployer) {
            return new Result(0, Text.of("работодатель не участвует в переселении", "жұмыс беруші қоныс аударуға қатыспайды",
                    "the employer does not take part in resettlement"), norms);
        }
        if (receivedBefore) {
            return new Result(0, Text.of("сертификат выдаётся семье один раз", "сертификат отбасына бір рет беріледі",
                    "the certificate is given to a family once"), norms);
        }
        BigDecimal half = law.number("employment.mobility-certificate.share").multiply(BigDecimal.valueOf(housingCost))
                .setScale(0, RoundingMode.DOWN);
        long cap = law.number("employment.mobility-certificate.cap").longValueExact();
        return new Result(Math.min(half.longValueExact(), cap), null, norms);
    }
}
