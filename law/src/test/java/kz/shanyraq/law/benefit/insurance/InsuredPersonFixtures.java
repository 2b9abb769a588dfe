package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.family.BreadwinnerLoss;
import kz.shanyraq.law.family.Contribution;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Maternity;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.SocialInsurance;
import kz.shanyraq.law.family.Study;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Small worlds for the ГФСС payments: insured people, their contribution records and their families. */
final class InsuredPersonFixtures {

    private InsuredPersonFixtures() {
    }

    static Law lawOn(String day) {
        return ParameterBook.standard().on(LocalDate.parse(day));
    }

    /** Direct calculation as the CLI does it: {@code keyValues} are "key=value" pairs. */
    static Decision amount(Measure measure, String day, String... keyValues) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String kv : keyValues) {
            int eq = kv.indexOf('=');
            raw.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return measure.calculate(Inputs.parse(measure.id(), measure.inputs(), raw), lawOn(day), true);
    }

    static long tenge(Decision d) {
        assertThat(d).as("decision %s", d).isInstanceOf(Entitlement.class);
        return ((Entitlement) d).amount();
    }

    /** The same income for each of {@code months} months starting with {@code first}. */
    static List<Contribution> monthly(String first, int months, long income) {
        List<Contribution> list = new ArrayList<>();
        YearMonth m = YearMonth.parse(first);
        for (int i = 0; i < months; i++) {
            list.add(new Contribution(m.plusMonths(i), income));
        }
        return list;
    }

    static SocialInsurance insured(int participationMonths, List<Contribution> contributions) {
        return new SocialInsurance(participationMonths, contributions);
    }

    static Member adult(String id, String born, Sex sex) {
        return new Member(id, null, LocalDate.parse(born), sex, Relation.HEAD, ResidenceStatus.CITIZEN, null, null,
                null, null, null, null, null, null, false, null);
    }

    static Member withInsurance(Member m, SocialInsurance insurance) {
        return new Member(m.id(), m.iin(), m.birthDate(), m.sex(), m.relation(), m.status(), m.motherId(),
                m.birthOrder(), m.disability(), insurance, m.awards(), m.study(), m.employment(), m.maternity(),
                m.longIllness(), m.caresFor());
    }

    static Member withWorkCapacityLoss(Member m, String from, String until, int lossPercent) {
        Disability d = new Disability(2, DisabilityCause.GENERAL_ILLNESS, LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until), lossPercent);
        return new Member(m.id(), m.iin(), m.birthDate(), m.sex(), m.relation(), m.status(), m.motherId(),
                m.birthOrder(), d, m.socialInsurance(), m.awards(), m.study(), m.employment(), m.maternity(),
                m.longIllness(), m.caresFor());
    }

    static Member withEmployment(Member m, Employment e) {
        return new Member(m.id(), m.iin(), m.birthDate(), m.sex(), m.relation(), m.status(), m.motherId(),
                m.birthOrder(), m.disability(), m.socialInsurance(), m.awards(), m.study(), e, m.maternity(),
                m.longIllness(), m.caresFor());
    }

    static Member withMaternity(Member m, String leaveStarts, int days) {
        return new Member(m.id(), m.iin(), m.birthDate(), m.sex(), m.relation(), m.status(), m.motherId(),
                m.birthOrder(), m.disability(), m.socialInsurance(), m.awards(), m.study(), m.employment(),
                new Maternity(LocalDate.parse(leaveStarts), days), m.longIllness(), m.caresFor());
    }

    static Member child(String id, String born, String motherId, Integer order) {
        return new Member(id, null, LocalDate.parse(born), Sex.FEMALE, Relation.CHILD, ResidenceStatus.CITIZEN,
                motherId, order, null, null, null, null, null, null, false, null);
    }

    static Member student(String id, String born, String studyFrom, String studyUntil) {
        return new Member(id, null, LocalDate.parse(born), Sex.MALE, Relation.CHILD, ResidenceStatus.CITIZEN,
                null, null, null, null, null, new Study(LocalDate.parse(studyFrom), LocalDate.parse(studyUntil)), null,
                null, false, null);
    }

    static Family family(Member... members) {
        return new Family("family-1", "KZ-71", null, Locality.URBAN, List.of(members), null, null, null, null);
    }

    static Family bereaved(BreadwinnerLoss loss, Member... members) {
        return new Family("family-1", "KZ-71", null, Locality.URBAN, List.of(members), null, null, null, loss);
    }
}
