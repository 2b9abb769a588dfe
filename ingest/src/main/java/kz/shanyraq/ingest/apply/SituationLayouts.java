package kz.shanyraq.ingest.apply;

import kz.shanyraq.ingest.ImportError.Reason;
import kz.shanyraq.ingest.format.Problem;
import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.ResettlerKind;

import static kz.shanyraq.ingest.apply.Fields.DATE;
import static kz.shanyraq.ingest.apply.Fields.FLAG;
import static kz.shanyraq.ingest.apply.Fields.IIN;
import static kz.shanyraq.ingest.apply.Fields.REFERENCE;
import static kz.shanyraq.ingest.apply.Fields.REGION;
import static kz.shanyraq.ingest.apply.Fields.codes;
import static kz.shanyraq.ingest.apply.Fields.from;
import static kz.shanyraq.ingest.apply.Fields.optional;
import static kz.shanyraq.ingest.apply.Fields.required;
import static kz.shanyraq.ingest.apply.Fields.to;
import static kz.shanyraq.ingest.apply.Fields.whole;

/** Life situations the law looks at: disability, study, illness, care, motherhood, resettlement, loss of breadwinner. */
final class SituationLayouts {

    private SituationLayouts() {
    }

    static final Layout DISABILITY = Layout.named("disability", "Disability: group, cause, loss of working capacity",
                    "Medical and social expertise (МСЭ)")
            .person(required("iin", IIN, "the person"))
            .field(optional("group", whole(1, 3), "disability group 1–3; empty for a child with disability under 16"))
            .field(required("cause", codes(DisabilityCause.class), "cause of disability"))
            .field(optional("work_capacity_loss_percent", whole(0, 100), "degree of loss of working capacity, %"))
            .field(from())
            .field(to())
            .key("iin", "valid_from")
            .check(Checks.period("valid_from", "valid_to"))
            .check(Checks.notBeforeBirth("iin", "valid_from"))
            .write(Upsert.into("disability")
                    .column("person_id", Value.personId("iin"))
                    .column("grp", Value.field("group"))
                    .column("cause", Value.field("cause"))
                    .column("work_capacity_loss_percent", Value.field("work_capacity_loss_percent"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("person_id", "valid_from").build())
            .build();

    static final Layout STUDY = Layout.named("study", "Study at a school, college or university",
                    "Education databases (НОБД, ЕПВО)")
            .person(required("iin", IIN, "the student"))
            .field(required("full_time", FLAG, "true for full-time (очная) study"))
            .field(from())
            .field(to())
            .key("iin", "valid_from")
            .check(Checks.period("valid_from", "valid_to"))
            .check(Checks.notBeforeBirth("iin", "valid_from"))
            .write(Upsert.into("study")
                    .column("person_id", Value.personId("iin"))
                    .column("full_time", Value.field("full_time"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("person_id", "valid_from").build())
            .build();

    static final Layout LONG_ILLNESS = Layout.named("long-illness", "Illness with temporary incapacity for work",
                    "Health information system (sick-leave certificates)")
            .person(required("iin", IIN, "the person"))
            .field(from())
            .field(to())
            .key("iin", "valid_from")
            .check(Checks.period("valid_from", "valid_to"))
            .check(Checks.notBeforeBirth("iin", "valid_from"))
            .write(Upsert.into("long_illness")
                    .column("person_id", Value.personId("iin"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("person_id", "valid_from").build())
            .build();

    static final Layout CARE_DUTIES = Layout.named("care-duties", "Care of a person who needs it",
                    "Social-protection departments (care assignments)")
            .person(required("carer_iin", IIN, "the carer"))
            .person(required("cared_iin", IIN, "the person cared for"))
            .field(from())
            .field(to())
            .key("carer_iin", "cared_iin", "valid_from")
            .check(Checks.differentPersons("carer_iin", "cared_iin"))
            .check(Checks.period("valid_from", "valid_to"))
            .check(Checks.notBeforeBirth("carer_iin", "valid_from"))
            .write(Upsert.into("care_duty")
                    .column("carer_id", Value.personId("carer_iin"))
                    .column("cared_id", Value.personId("cared_iin"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("carer_id", "cared_id", "valid_from").build())
            .build();

    static final Layout AWARDS = Layout.named("awards", "Motherhood awards: pendants and orders",
                    "State awards register")
            .person(required("iin", IIN, "the awarded mother"))
            .field(required("kind", codes(AwardKind.class), "the award"))
            .field(required("awarded_on", DATE, "day of the award"))
            .key("iin", "kind")
            .check(Checks.woman("iin", "iin"))
            .check(Checks.notInFuture("awarded_on"))
            .check(Checks.notBeforeBirth("iin", "awarded_on"))
            .write(Upsert.into("award")
                    .column("person_id", Value.personId("iin"))
                    .column("kind", Value.field("kind"))
                    .column("awarded_on", Value.field("awarded_on"))
                    .onConflict("person_id", "kind").build())
            .build();

    static final Layout MATERNITY_LEAVES = Layout.named("maternity-leaves", "Pregnancy and childbirth leaves",
                    "Health information system and State Social Insurance Fund (ГФСС)")
            .person(required("iin", IIN, "the mother"))
            .field(required("starts_on", DATE, "first day of the leave"))
            .field(required("days", whole(126, 140), "length of the leave: 126 (normal birth) or 140 (complicated or multiple)"))
            .key("iin", "starts_on")
            .check(Checks.woman("iin", "iin"))
            .check(Checks.notBeforeBirth("iin", "starts_on"))
            .check((row, ctx, errors) -> {
                if (row.has("days") && (long) row.get("days") != 126 && (long) row.get("days") != 140) {
                    errors.add(row.source(), "days", Problem.of(Reason.OUT_OF_RANGE, "отпуск длится 126 или 140 дней",
                            "демалыс 126 немесе 140 күнге созылады", "a leave lasts 126 or 140 days"));
                }
            })
            .write(Upsert.into("maternity_leave")
                    .column("person_id", Value.personId("iin"))
                    .column("starts_on", Value.field("starts_on"))
                    .column("days", Value.field("days"))
                    .onConflict("person_id", "starts_on").build())
            .build();

    static final Layout RESETTLEMENT = Layout.named("resettlement", "Kandas and resettlers settled in a region",
                    "Migration service and career centres (regional quota)")
            .family(required("family_key", REFERENCE, "the family; it must be in the registry"))
            .field(required("kind", codes(ResettlerKind.class), "kandas or resettler"))
            .field(required("in_regional_quota", FLAG, "true if settled within the regional quota"))
            .field(optional("from_region", REGION, "region the family came from (empty for kandas from abroad)"))
            .field(required("settled_on", DATE, "day the family settled"))
            .field(optional("rent_rate_mrp", whole(15, 30), "monthly rent subsidy rate set by the akimat, in МРП (15–30)"))
            .key("family_key")
            .check(Checks.notInFuture("settled_on"))
            .write(Upsert.into("resettlement")
                    .column("family_id", Value.familyId("family_key"))
                    .column("kind", Value.field("kind"))
                    .column("in_regional_quota", Value.field("in_regional_quota"))
                    .column("from_region", Value.field("from_region"))
                    .column("settled_on", Value.field("settled_on"))
                    .column("rent_rate_mrp", Value.field("rent_rate_mrp"))
                    .onConflict("family_id").build())
            .build();

    static final Layout BREADWINNER_LOSS = Layout.named("breadwinner-loss", "Loss of a breadwinner",
                    "Civil-status acts (death records)")
            .family(required("family_key", REFERENCE, "the family that lost its breadwinner; it must be in the registry"))
            .person(required("deceased_iin", IIN, "the deceased; the person must be in the registry"))
            .field(required("died_on", DATE, "date of death"))
            .field(optional("both_parents_lost", FLAG, "true if the children lost both parents; empty = false"))
            .key("family_key", "deceased_iin")
            .check(Checks.notInFuture("died_on"))
            .check(Checks.notBeforeBirth("deceased_iin", "died_on"))
            .write(Upsert.into("breadwinner_loss")
                    .column("family_id", Value.familyId("family_key"))
                    .column("deceased_id", Value.personId("deceased_iin"))
                    .column("died_on", Value.field("died_on"))
                    .column("both_parents_lost", Value.fieldOrConstant("both_parents_lost", Boolean.FALSE))
                    .onConflict("family_id", "deceased_id").build())
            .build();
}
