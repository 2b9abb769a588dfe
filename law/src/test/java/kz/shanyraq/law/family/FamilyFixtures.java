package kz.shanyraq.law.family;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small hand-built families for tests, so a test reads like the case it describes:
 *
 * <pre>{@code
 * Family f = family("F1").with(
 *         member("mother").born(1990, 5, 1).female().head(),
 *         member("baby").born(2025, 1, 10).childOf("mother").order(2)).build();
 * }</pre>
 */
public final class FamilyFixtures {

    private FamilyFixtures() {
    }

    public static FamilyBuilder family(String id) {
        return new FamilyBuilder(id);
    }

    public static MemberBuilder member(String id) {
        return new MemberBuilder(id);
    }

    public static final class FamilyBuilder {
        private final String id;
        private final List<Member> members = new ArrayList<>();
        private BreadwinnerLoss breadwinnerLoss;

        private FamilyBuilder(String id) {
            this.id = id;
        }

        public FamilyBuilder with(MemberBuilder... builders) {
            for (MemberBuilder b : builders) {
                members.add(b.build());
            }
            return this;
        }

        /** The family lost a breadwinner on a day; the listed members were the deceased's dependants. */
        public FamilyBuilder breadwinnerDied(LocalDate diedOn, boolean bothParentsLost, String... dependants) {
            breadwinnerLoss = new BreadwinnerLoss(diedOn, null, bothParentsLost, Arrays.asList(dependants), null);
            return this;
        }

        public Family build() {
            return new Family(id, "KZ-71", null, Locality.URBAN, members, List.of(), List.of(), null,
                    breadwinnerLoss);
        }
    }

    public static final class MemberBuilder {
        private final String id;
        private LocalDate birthDate = LocalDate.of(1990, 1, 1);
        private Sex sex = Sex.FEMALE;
        private Relation relation = Relation.CHILD;
        private ResidenceStatus status = ResidenceStatus.CITIZEN;
        private String motherId;
        private Integer birthOrder;
        private Disability disability;
        private final List<Contribution> contributions = new ArrayList<>();
        private final List<Award> awards = new ArrayList<>();
        private Study study;
        private final List<String> caresFor = new ArrayList<>();

        private MemberBuilder(String id) {
            this.id = id;
        }

        public MemberBuilder born(int year, int month, int day) {
            birthDate = LocalDate.of(year, month, day);
            return this;
        }

        public MemberBuilder born(LocalDate day) {
            birthDate = day;
            return this;
        }

        public MemberBuilder female() {
            sex = Sex.FEMALE;
            return this;
        }

        public MemberBuilder male() {
            sex = Sex.MALE;
            return this;
        }

        public MemberBuilder head() {
            return relation(Relation.HEAD);
        }

        public MemberBuilder spouse() {
            return relation(Relation.SPOUSE);
        }

        public MemberBuilder relation(Relation r) {
            relation = r;
            return this;
        }

        public MemberBuilder nonResident() {
            status = ResidenceStatus.NON_RESIDENT;
            return this;
        }

        public MemberBuilder status(ResidenceStatus s) {
            status = s;
            return this;
        }

        /** A child of the given mother (relation child). */
        public MemberBuilder childOf(String mother) {
            motherId = mother;
            relation = Relation.CHILD;
            return this;
        }

        public MemberBuilder order(int birthOrderOfMother) {
            birthOrder = birthOrderOfMother;
            return this;
        }

        public MemberBuilder disabled(Integer group, DisabilityCause cause, LocalDate from) {
            disability = new Disability(group, cause, from, null, null);
            return this;
        }

        public MemberBuilder disabled(Integer group, DisabilityCause cause, LocalDate from, LocalDate until) {
            disability = new Disability(group, cause, from, until, null);
            return this;
        }

        /** Social contributions paid for these months (income 200 000 ₸ each). */
        public MemberBuilder contributedIn(YearMonth... months) {
            for (YearMonth m : months) {
                contributions.add(new Contribution(m, 200_000));
            }
            return this;
        }

        public MemberBuilder awarded(AwardKind kind, LocalDate on) {
            awards.add(new Award(kind, on));
            return this;
        }

        public MemberBuilder studiesFullTime(LocalDate from, LocalDate until) {
            study = new Study(from, until);
            return this;
        }

        public MemberBuilder caresFor(String... memberIds) {
            caresFor.addAll(Arrays.asList(memberIds));
            return this;
        }

        public Member build() {
            SocialInsurance insurance = contributions.isEmpty() ? null : new SocialInsurance(null, contributions);
            return new Member(id, null, birthDate, sex, relation, status, motherId, birthOrder, disability, insurance,
                    awards, study, null, null, false, caresFor);
        }
    }
}
