package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.Parameter;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.parameter.ParameterVersion;

import java.math.BigDecimal;

/**
 * Chooses the kernel of each measure: column-wise where written, otherwise the measure object on rebuilt families
 * with a column-wise candidate check that mirrors the measure's own "who could qualify" loop.
 */
final class Kernels {

    private Kernels() {
    }

    static MeasureKernel compile(Measure measure, Law law) {
        Day day = new Day(law.day());
        ObjectKernel.Candidates candidates = switch (measure.id()) {
            case "targeted-social-assistance" -> (p, f) -> p.memberCount(f) > 0;
            case "asp-child-supplement" -> {
                int from = ageOr(law, "asp-child-supplement.age-from", 1);
                int to = ageOr(law, "asp-child-supplement.age-to", 6);
                yield (p, f) -> anyMember(p, f, m -> {
                    if (!day.bornBy(p, m)) {
                        return false;
                    }
                    int age = day.age(p, m);
                    return age >= from && age <= to;
                });
            }
            case "birth-allowance" -> (p, f) -> anyMember(p, f, m -> day.bornBy(p, m) && day.age(p, m) < 1);
            case "childcare-allowance" -> {
                long months = monthsOr(law, "childcare-allowance.duration-months", 24);
                yield (p, f) -> anyMember(p, f, m -> day.bornBy(p, m) && day.ageInMonths(p, m) < months);
            }
            case "childcare-payment" -> {
                long months = longest(law, "childcare-payment.duration-months");
                yield (p, f) -> anyMember(p, f, m -> day.bornBy(p, m) && day.ageInMonths(p, m) < months);
            }
            case "multichild-allowance" -> (p, f) -> anyMember(p, f, m -> p.relation[m] == Relation.CHILD.ordinal()
                    || p.relation[m] == Relation.WARD.ordinal());
            case "awarded-mother-allowance" -> (p, f) -> anyMember(p, f, m -> {
                for (int a = p.awardStart[m]; a < p.awardStart[m + 1]; a++) {
                    if (p.awardedOn[a] == Population.NO_DAY || p.awardedOn[a] <= day.epoch) {
                        return true;
                    }
                }
                return false;
            });
            case "disabled-child-carer-allowance" -> (p, f) -> anyMember(p, f, m -> {
                int d = p.disabilityOf[m];
                return d >= 0 && day.bornBy(p, m) && day.age(p, m) < 18
                        && day.within(p.disabilityFrom[d], p.disabilityUntil[d]);
            });
            case "disability-benefit" -> (p, f) -> anyMember(p, f, m -> p.disabilityOf[m] >= 0 && day.bornBy(p, m));
            case "work-capacity-loss-payment" -> (p, f) -> anyMember(p, f, m -> {
                int d = p.disabilityOf[m];
                return d >= 0 && p.workCapacityLoss[d] != Population.NO_INT
                        && day.within(p.disabilityFrom[d], p.disabilityUntil[d]);
            });
            case "survivor-benefit" -> (p, f) -> p.lossOf[f] >= 0;
            case "breadwinner-loss-payment" -> (p, f) -> p.lossOf[f] >= 0 && p.diedOn[p.lossOf[f]] != Population.NO_DAY;
            case "job-loss-payment" -> (p, f) -> anyMember(p, f, m -> {
                int e = p.employmentOf[m];
                return e >= 0 && (p.registeredOn[e] != Population.NO_DAY || p.jobLostOn[e] != Population.NO_DAY);
            });
            case "maternity-payment" -> (p, f) -> anyMember(p, f, m -> p.maternityOf[m] >= 0
                    && p.maternityStart[p.maternityOf[m]] != Population.NO_DAY);
            case "relocation-subsidy", "rent-subsidy" -> (p, f) -> p.resettlementOf[f] >= 0;
            // A measure this class does not know: every family is a candidate (correct, slow).
            default -> (p, f) -> true;
        };
        ObjectKernel object = new ObjectKernel(measure, law, candidates);
        return switch (measure.id()) {
            case "targeted-social-assistance" -> new AspKernel(measure, law, object);
            case "asp-child-supplement" -> new AspChildSupplementKernel(measure, law, object);
            case "multichild-allowance" -> new MultiChildKernel(measure, law, object);
            case "birth-allowance" -> new BirthKernel(measure, law, object);
            case "childcare-allowance" -> new ChildCareKernel(measure, law, object);
            case "awarded-mother-allowance" -> new AwardedMotherKernel(measure, law);
            case "disabled-child-carer-allowance" -> new DisabledChildCarerKernel(measure, law);
            case "disability-benefit" -> new DisabilityKernel(measure, law);
            case "childcare-payment" -> new ChildcarePaymentKernel(law, object);
            case "survivor-benefit" -> new SurvivorKernel(measure, law, object);
            case "maternity-payment" -> new MaternityPaymentKernel(law, object);
            default -> object;
        };
    }

    interface MemberTest {
        boolean test(int member);
    }

    static boolean anyMember(Population p, int f, MemberTest test) {
        for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
            if (test.test(m)) {
                return true;
            }
        }
        return false;
    }

    private static int ageOr(Law law, String parameter, int nominal) {
        try {
            return law.number(parameter).intValueExact();
        } catch (ParameterUnknownException e) {
            return nominal;
        }
    }

    private static long monthsOr(Law law, String parameter, long otherwise) {
        try {
            return law.number(parameter).longValue();
        } catch (ParameterUnknownException e) {
            return otherwise;
        }
    }

    /** The longest value a parameter has had (as {@code ChildcarePayment} bounds the children it reports). */
    private static long longest(Law law, String parameter) {
        Parameter p = law.book().parameter(parameter);
        long longest = 0;
        for (ParameterVersion v : p.versions()) {
            if (v.value() instanceof BigDecimal months) {
                longest = Math.max(longest, months.longValue());
            }
        }
        return longest;
    }
}
