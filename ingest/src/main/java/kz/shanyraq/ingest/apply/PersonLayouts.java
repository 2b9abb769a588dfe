package kz.shanyraq.ingest.apply;

import kz.shanyraq.ingest.format.Messages;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;

import static kz.shanyraq.ingest.apply.Fields.DATE;
import static kz.shanyraq.ingest.apply.Fields.DISTRICT;
import static kz.shanyraq.ingest.apply.Fields.IIN;
import static kz.shanyraq.ingest.apply.Fields.PHONE;
import static kz.shanyraq.ingest.apply.Fields.REFERENCE;
import static kz.shanyraq.ingest.apply.Fields.REGION;
import static kz.shanyraq.ingest.apply.Fields.codes;
import static kz.shanyraq.ingest.apply.Fields.from;
import static kz.shanyraq.ingest.apply.Fields.optional;
import static kz.shanyraq.ingest.apply.Fields.required;
import static kz.shanyraq.ingest.apply.Fields.text;
import static kz.shanyraq.ingest.apply.Fields.to;
import static kz.shanyraq.ingest.apply.Fields.whole;

/** Who people are, which family they belong to and where families live. */
final class PersonLayouts {

    private PersonLayouts() {
    }

    static final Layout DISTRICTS = Layout.named("districts", "Districts (аудан, city district) of the regions",
                    "KATO classifier of administrative-territorial units")
            .field(required("district_id", new kz.shanyraq.ingest.format.FieldType.Label("KZ-[0-9]{2}-[0-9]{2}",
                    "district id KZ-NN-NN: the region code and 2 digits"), "the district's id: its region code and a number"))
            .field(required("region_code", REGION, "the region the district belongs to"))
            .field(required("name_ru", text(200), "name in Russian"))
            .field(required("name_kk", text(200), "name in Kazakh"))
            .field(required("name_en", text(200), "name in English"))
            .key("district_id")
            .check((row, ctx, errors) -> {
                if (row.hasAll("district_id", "region_code") && !row.text("district_id").startsWith(row.text("region_code") + "-")) {
                    errors.add(row.source(), "district_id", Messages.districtOutsideRegion());
                }
            })
            .write(Upsert.into("district")
                    .column("id", Value.field("district_id"))
                    .column("region_code", Value.field("region_code"))
                    .column("name_ru", Value.field("name_ru"))
                    .column("name_kk", Value.field("name_kk"))
                    .column("name_en", Value.field("name_en"))
                    .onConflict("id").build())
            .build();

    static final Layout PERSONS = Layout.named("persons", "Persons: identity, birth, death, mother, residence status",
                    "Civil registry (ГБД ФЛ: state database of individuals, civil-status acts)")
            .statesPersons(required("iin", IIN, "the person's IIN"))
            .field(required("birth_date", DATE, "date of birth; must agree with the IIN (digits 1–7)"))
            .field(required("sex", codes("F", "M"), "F (woman) or M (man); must agree with the IIN's 7th digit"))
            .field(required("status", codes(ResidenceStatus.class), "residence status"))
            .field(optional("status_from", DATE, "day the status holds from; empty = from birth"))
            .field(optional("death_date", DATE, "date of death, if the person died"))
            .person(optional("mother_iin", IIN, "the mother's IIN; she must be in the registry or in this batch"))
            .field(optional("birth_order", whole(1, 30), "the child's order among the mother's children (1 = first)"))
            .key("iin")
            .check(Checks.iinMatchesBirthDateAndSex("iin", "birth_date", "sex"))
            .check(Checks.notInFuture("birth_date"))
            .check(Checks.notInFuture("death_date"))
            .check(Checks.notBefore("death_date", "birth_date"))
            .check(Checks.notBefore("status_from", "birth_date"))
            .check(Checks.mother("iin", "birth_date", "mother_iin"))
            .write(Upsert.into("person")
                    .column("id", Value.personId("iin"))
                    .column("iin", Value.field("iin"))
                    .column("birth_date", Value.field("birth_date"))
                    .column("sex", Value.field("sex"))
                    .column("death_date", Value.field("death_date"))
                    .column("mother_id", Value.personId("mother_iin"))
                    .column("birth_order", Value.field("birth_order"))
                    .keep("id")
                    .onConflict("iin").build())
            .write(new StatusTimeline("iin", "status", "status_from", "birth_date"))
            .build();

    static final Layout FAMILY_MEMBERS = Layout.named("family-members", "Families and their members over time",
                    "Digital Family Map family formation (address registration, marriage and birth records)")
            .formsFamilies(required("family_key", REFERENCE,
                    "the source's key of the family; a new key forms a new family in the registry"))
            .person(required("iin", IIN, "the member's IIN; the person must be in the registry"))
            .field(required("relation", codes(Relation.class), "relation to the head of the family"))
            .field(from())
            .field(to())
            .key("iin", "valid_from")
            .check(Checks.period("valid_from", "valid_to"))
            .check(Checks.notBeforeBirth("iin", "valid_from"))
            .check(new NoOverlap("iin", (row, ctx) -> ctx.person(row.text("iin")) == null ? null : ctx.person(row.text("iin")).id(),
                    "valid_from", "valid_to", "family_member", "person_id"))
            .write(new FormFamilies("family_key", "valid_from"))
            .write(Upsert.into("family_member")
                    .column("family_id", Value.familyId("family_key"))
                    .column("person_id", Value.personId("iin"))
                    .column("relation", Value.field("relation"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("person_id", "valid_from").build())
            .build();

    static final Layout ADDRESSES = Layout.named("addresses", "Where families live over time",
                    "Address register (registration at the place of residence)")
            .family(required("family_key", REFERENCE, "the family's key; the family must be in the registry"))
            .field(required("region_code", REGION, "region"))
            .field(optional("district_id", DISTRICT, "district; must be in the district register and in the region"))
            .field(required("locality", codes(Locality.class), "urban or rural"))
            .field(optional("street_address", text(300), "street, house and flat, as registered"))
            .field(from())
            .field(to())
            .key("family_key", "valid_from")
            .check(Checks.period("valid_from", "valid_to"))
            .check(new NoOverlap("family_key", (row, ctx) -> ctx.familyId(row.text("family_key")),
                    "valid_from", "valid_to", "family_address", "family_id"))
            .write(Upsert.into("family_address")
                    .column("family_id", Value.familyId("family_key"))
                    .column("region_code", Value.field("region_code"))
                    .column("district_id", Value.field("district_id"))
                    .column("locality", Value.field("locality"))
                    .column("street_address", Value.field("street_address"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("family_id", "valid_from").build())
            .build();

    static final Layout NAMES = Layout.named("names", "Persons' names (surname, given name, patronymic)",
                    "Civil registry (ГБД ФЛ: state database of individuals)")
            .person(required("iin", IIN, "the person's IIN; the person must be in the registry"))
            .field(required("surname", text(100), "surname"))
            .field(required("given_name", text(100), "given name"))
            .field(optional("patronymic", text(100), "patronymic (Kazakh -ұлы/-қызы or Russian -ович/-овна), if any"))
            .field(required("valid_from", DATE, "day the name holds from (birth, or a change of name)"))
            .key("iin")
            .check(Checks.notInFuture("valid_from"))
            .write(Upsert.into("person_name")
                    .column("person_id", Value.personId("iin"))
                    .column("surname", Value.field("surname"))
                    .column("given_name", Value.field("given_name"))
                    .column("patronymic", Value.field("patronymic"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("synthetic", Value.constant(false))
                    .onConflict("person_id").build())
            .build();

    static final Layout PHONES = Layout.named("phones", "Persons' mobile phones (for SMS offers)",
                    "e-government contact register (mobile numbers confirmed by the citizen)")
            .person(required("iin", IIN, "the person's IIN; the person must be in the registry"))
            .field(required("phone", PHONE, "mobile number, +7 and 10 digits"))
            .field(required("updated_on", DATE, "day the number was confirmed"))
            .key("iin")
            .check(Checks.notInFuture("updated_on"))
            .write(Upsert.into("person_contact")
                    .column("person_id", Value.personId("iin"))
                    .column("phone", Value.field("phone"))
                    .column("synthetic", Value.constant(false))
                    .column("updated_on", Value.field("updated_on"))
                    .onConflict("person_id").build())
            .build();

    static final Layout RELATIONS = Layout.named("relations", "Kinship and guardianship between persons",
                    "Civil-status acts (births, marriages) and guardianship authorities")
            .person(required("iin", IIN, "the person"))
            .person(required("related_iin", IIN, "the related person"))
            .field(required("kind", codes("mother", "father", "spouse", "guardian"),
                    "what the related person is to the person"))
            .field(from())
            .field(to())
            .key("iin", "related_iin", "kind", "valid_from")
            .check(Checks.differentPersons("iin", "related_iin"))
            .check(Checks.period("valid_from", "valid_to"))
            .write(Upsert.into("person_relation")
                    .column("person_id", Value.personId("iin"))
                    .column("related_person_id", Value.personId("related_iin"))
                    .column("kind", Value.field("kind"))
                    .column("valid_from", Value.field("valid_from"))
                    .column("valid_to", Value.field("valid_to"))
                    .onConflict("person_id", "related_person_id", "kind", "valid_from").build())
            .build();
}
