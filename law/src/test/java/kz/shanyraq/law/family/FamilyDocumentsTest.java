package kz.shanyraq.law.family;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.shanyraq.law.json.LawJson;
import kz.shanyraq.law.json.SchemaDocumentation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FamilyDocumentsTest {

    static final LocalDate ON = LocalDate.of(2025, 11, 1);

    static Path family(String name) {
        try {
            return Path.of(FamilyDocumentsTest.class.getResource("/families/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) throws IOException {
        return Files.readString(family(name));
    }

    /** Every problem of a document, or none. */
    static List<Problem> problems(String json, LocalDate on) {
        InvalidFamilyDocumentException e = catchThrowableOfType(InvalidFamilyDocumentException.class,
                () -> FamilyDocuments.read("test.json", json, on));
        return e == null ? List.of() : e.problems();
    }

    static List<Problem> problemsOf(String file) throws IOException {
        return problems(text(file), ON);
    }

    /** The example family with one change. */
    static String exampleWith(Consumer<ObjectNode> change) throws IOException {
        ObjectNode doc = (ObjectNode) LawJson.mapper().readTree(text("example-family.json"));
        change.accept(doc);
        return LawJson.mapper().writeValueAsString(doc);
    }

    static ObjectNode member(ObjectNode doc, int index) {
        return (ObjectNode) doc.withArray("members").get(index);
    }

    @Nested
    @DisplayName("valid documents")
    class Valid {

        @ParameterizedTest
        @ValueSource(strings = {"example-family.json", "multichild-family.json", "survivor-family.json",
                "low-income-family.json", "kandas-family.json"})
        void every_example_family_is_valid_on_2025_11_01(String file) throws IOException {
            assertThat(problemsOf(file)).isEmpty();
            assertThat(FamilyDocuments.read(family(file), ON).members()).isNotEmpty();
        }

        @Test
        void example_family_maps_to_the_family_record_field_by_field() throws IOException {
            Family f = FamilyDocuments.read(family("example-family.json"), ON);

            assertThat(f.id()).isEqualTo("example-family");
            assertThat(f.region()).isEqualTo("KZ-75");
            assertThat(f.locality()).isEqualTo(Locality.URBAN);
            assertThat(f.members()).extracting(Member::id).containsExactly("m1", "m2", "c1", "c2", "c3");
            Member mother = f.member("m2").orElseThrow();
            assertThat(mother.sex()).isEqualTo(Sex.FEMALE);
            assertThat(mother.maternity()).isEqualTo(new Maternity(LocalDate.of(2025, 6, 11), 126));
            assertThat(mother.caresFor()).containsExactly("c2", "c3");
            assertThat(mother.socialInsurance().participation()).isEqualTo(96);
            assertThat(mother.socialInsurance().contributedIn(YearMonth.of(2025, 5))).isTrue();
            assertThat(mother.longIllness()).as("absent longIllness is false").isFalse();
            Member disabled = f.member("c2").orElseThrow();
            assertThat(disabled.disability().group()).as("no group under 7").isNull();
            assertThat(disabled.disability().cause()).isEqualTo(DisabilityCause.CHILDHOOD);
            assertThat(disabled.disabledOn(ON)).isTrue();
            Member newborn = f.member("c3").orElseThrow();
            assertThat(newborn.birthOrder()).isEqualTo(3);
            assertThat(newborn.status()).as("status defaults to citizen").isEqualTo(ResidenceStatus.CITIZEN);
            assertThat(f.incomes()).hasSize(10)
                    .contains(new Income("c2", YearMonth.of(2025, 7), IncomeType.CHILD_DISABILITY_BENEFIT, 74_428));
            assertThat(f.loans()).containsExactly(new Loan("m1", LoanKind.CONSUMER, LocalDate.of(2024, 3, 15), null));
            assertThat(f.loans().get(0).outstandingOn(ON)).isTrue();
            assertThat(f.resettlement()).isNull();
            assertThat(f.breadwinnerLoss()).isNull();
        }

        @Test
        void survivor_family_has_three_dependants_of_the_deceased() throws IOException {
            BreadwinnerLoss loss = FamilyDocuments.read(family("survivor-family.json"), ON).breadwinnerLoss();

            assertThat(loss.diedOn()).isEqualTo(LocalDate.of(2024, 5, 10));
            assertThat(loss.dependants()).containsExactly("s1", "s2", "s3");
            assertThat(loss.bothParentsLost()).isFalse();
            assertThat(loss.deceasedInsurance().contributions()).hasSize(24);
        }

        @Test
        void multichild_family_has_five_children_and_an_altyn_alka_mother() throws IOException {
            Family f = FamilyDocuments.read(family("multichild-family.json"), ON);

            assertThat(f.members()).filteredOn(m -> m.relation() == Relation.CHILD).hasSize(5);
            assertThat(f.member("p2").orElseThrow().awards()).extracting(Award::kind)
                    .contains(AwardKind.ALTYN_ALKA);
        }

        @Test
        void kandas_family_settled_in_the_regional_quota() throws IOException {
            Family f = FamilyDocuments.read(family("kandas-family.json"), ON);

            assertThat(f.resettlement()).isEqualTo(new Resettlement(ResettlerKind.KANDAS, true, "UZ",
                    LocalDate.of(2025, 9, 15), 20));
            assertThat(f.members()).allMatch(m -> m.status() == ResidenceStatus.KANDAS);
        }

        @Test
        void low_income_family_lives_in_north_kazakhstan_without_loans() throws IOException {
            Family f = FamilyDocuments.read(family("low-income-family.json"), ON);

            assertThat(f.region()).isEqualTo("KZ-59");
            assertThat(f.loans()).isEmpty();
            assertThat(f.member("a1").orElseThrow().employment().registeredUnemployedOn())
                    .isEqualTo(LocalDate.of(2025, 4, 7));
        }

        @Test
        void explicit_nulls_for_optional_fields_are_the_same_as_absent_ones() throws IOException {
            String json = exampleWith(doc -> {
                member(doc, 0).putNull("motherId").putNull("disability").putNull("awards").putNull("caresFor");
                doc.putNull("resettlement").putNull("district");
            });
            assertThat(problems(json, ON)).isEmpty();
            assertThat(FamilyDocuments.read("test.json", json, ON).member("m1").orElseThrow().awards()).isEmpty();
        }

        @Test
        void generated_test_iins_are_valid_and_encode_birth_and_sex() {
            String woman2000s = TestIins.of(LocalDate.of(2003, 7, 9), Sex.FEMALE, 1);
            String man1900s = TestIins.of(LocalDate.of(1961, 12, 31), Sex.MALE, 17);

            assertThat(Iin.problem(woman2000s)).isNull();
            assertThat(woman2000s).startsWith("0307096");
            assertThat(Iin.problem(man1900s)).isNull();
            assertThat(man1900s).startsWith("6112313");
            assertThat(Iin.problem(TestIins.withWrongCheckDigit(man1900s))).contains("check digit");
        }
    }

    @Nested
    @DisplayName("example invalid documents, each refused with the path and the reason")
    class InvalidFiles {

        @Test
        void bad_iin_check_digit_is_refused_at_the_members_iin() throws IOException {
            assertThat(problemsOf("invalid-iin-check-digit.json")).containsExactly(new Problem("/members/1/iin",
                    "IIN check digit is wrong (expected 9): 910903412020"));
        }

        @Test
        void unknown_region_is_refused_naming_the_value_and_the_20_iso_codes() throws IOException {
            List<Problem> problems = problemsOf("invalid-unknown-region.json");

            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).path()).isEqualTo("/region");
            assertThat(problems.get(0).reason()).contains("\"KZ-99\"").contains("KZ-10").contains("KZ-79");
        }

        @Test
        void negative_income_is_refused_at_its_amount() throws IOException {
            assertThat(problemsOf("invalid-negative-income.json")).containsExactly(
                    new Problem("/incomes/1/amount", "must have a minimum value of 0 (found -5000)"));
        }

        @Test
        void references_to_unknown_members_are_all_refused_at_once() throws IOException {
            assertThat(problemsOf("invalid-unknown-member-reference.json")).containsExactly(
                    new Problem("/members/1/caresFor/1", "no member with id 'c9'"),
                    new Problem("/members/2/motherId", "no member with id 'm9'"),
                    new Problem("/incomes/0/memberId", "no member with id 'x1'"),
                    new Problem("/loans/0/memberId", "no member with id 'x2'"),
                    new Problem("/breadwinnerLoss/dependants/1", "no member with id 'c7'"));
        }

        @Test
        void impossible_dates_are_all_refused_at_once() throws IOException {
            assertThat(problemsOf("invalid-impossible-dates.json")).containsExactly(
                    new Problem("/members/0/birthDate", "\"1988-02-30\" is not a valid date (YYYY-MM-DD)"),
                    new Problem("/members/2/disability/until", "2021-03-01 is before 'from' (2022-03-01)"),
                    new Problem("/members/2/motherId",
                            "the mother 'm2' (born 2015-01-01) is not born before the child (born 2014-02-17)"),
                    new Problem("/incomes/1/month", "2014-12 is before the birth of member 'm2' (2015-01-01)"),
                    new Problem("/loans/0/closedOn", "2023-12-31 is before 'openedOn' (2024-03-15)"));
        }

        @Test
        void iin_that_disagrees_with_birth_date_or_sex_is_refused() throws IOException {
            assertThat(problemsOf("invalid-iin-not-matching-birth.json")).containsExactly(
                    new Problem("/members/1/iin", "IIN 7th digit 3 is for a man, but sex is female"),
                    new Problem("/members/2/iin",
                            "IIN 140217512034 starts with 140217 but the birth date 2014-02-18 gives 140218 (YYMMDD)"));
        }

        @Test
        void duplicate_member_ids_and_iins_are_refused_at_the_second_occurrence() throws IOException {
            assertThat(problemsOf("invalid-duplicates.json")).containsExactly(
                    new Problem("/members/3/id", "duplicate member id 'c1' (also /members/2)"),
                    new Problem("/members/3/iin", "duplicate IIN 140217512034 (also /members/2)"));
        }

        @Test
        void the_exception_message_names_the_file_and_lists_every_problem_as_path_colon_reason() {
            assertThatThrownBy(() -> FamilyDocuments.read(family("invalid-unknown-member-reference.json"), ON))
                    .isInstanceOf(InvalidFamilyDocumentException.class)
                    .hasMessageContaining("invalid-unknown-member-reference.json (5 problems)")
                    .hasMessageContaining("\n/members/2/motherId: no member with id 'm9'")
                    .hasMessageContaining("\n/breadwinnerLoss/dependants/1: no member with id 'c7'");
        }
    }

    @Nested
    @DisplayName("schema checks")
    class SchemaChecks {

        @Test
        void birth_order_must_be_at_least_1() throws IOException {
            assertThat(problems(exampleWith(doc -> member(doc, 2).put("birthOrder", 0)), ON))
                    .containsExactly(new Problem("/members/2/birthOrder", "must have a minimum value of 1 (found 0)"));
        }

        @Test
        void disability_group_must_be_1_to_3() throws IOException {
            assertThat(problems(exampleWith(doc -> ((ObjectNode) member(doc, 3).get("disability")).put("group", 4)),
                    ON)).containsExactly(
                    new Problem("/members/3/disability/group", "must have a maximum value of 3 (found 4)"));
        }

        @Test
        void maternity_leave_is_126_or_140_days() throws IOException {
            List<Problem> problems = problems(exampleWith(doc ->
                    ((ObjectNode) member(doc, 1).get("maternity")).put("days", 130)), ON);

            assertThat(problems).containsExactly(
                    new Problem("/members/1/maternity/days", "unknown value 130 (expected one of 126, 140)"));
        }

        @Test
        void unknown_fields_are_refused_by_name() throws IOException {
            assertThat(problems(exampleWith(doc -> member(doc, 0).put("nickname", "Sery")), ON)).containsExactly(
                    new Problem("/members/0/nickname", "unknown field 'nickname' (not in the family document schema)"));
        }

        @Test
        void missing_required_fields_are_refused_at_their_own_path() throws IOException {
            assertThat(problems(exampleWith(doc -> member(doc, 4).remove("birthDate")), ON))
                    .containsExactly(new Problem("/members/4/birthDate", "required field is missing"));
        }

        @Test
        void a_malformed_date_is_reported_once_as_a_date() throws IOException {
            assertThat(problems(exampleWith(doc -> ((ObjectNode) doc.withArray("loans").get(0))
                    .put("openedOn", "2024-3-15")), ON)).containsExactly(
                    new Problem("/loans/0/openedOn", "\"2024-3-15\" is not a valid date (YYYY-MM-DD)"));
        }

        @Test
        void a_month_must_be_yyyy_mm() throws IOException {
            assertThat(problems(exampleWith(doc -> ((ObjectNode) doc.withArray("incomes").get(0))
                    .put("month", "2025-13")), ON)).containsExactly(
                    new Problem("/incomes/0/month", "must be a month YYYY-MM (found \"2025-13\")"));
        }

        @Test
        void an_iin_must_be_12_digits() throws IOException {
            assertThat(problems(exampleWith(doc -> member(doc, 0).put("iin", "88041231201")), ON)).containsExactly(
                    new Problem("/members/0/iin", "an IIN must be exactly 12 digits (found \"88041231201\")"));
        }

        @Test
        void a_null_where_a_boolean_is_required_is_refused() throws IOException {
            assertThat(problems(exampleWith(doc -> member(doc, 0).putNull("longIllness")), ON)).containsExactly(
                    new Problem("/members/0/longIllness", "null found, boolean expected"));
        }

        @Test
        void text_that_is_not_json_is_refused_with_line_and_column() {
            List<Problem> problems = problems("{\n  \"id\": \"x\",\n  \"region\" \"KZ-75\"\n}", ON);

            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).path()).isEmpty();
            assertThat(problems.get(0).reason()).startsWith("not valid JSON").contains("line 3");
        }

        @Test
        void a_field_given_twice_is_refused_rather_than_one_value_silently_winning() {
            List<Problem> problems = problems("{\"id\": \"a\", \"id\": \"b\", \"region\": \"KZ-75\", \"members\": []}",
                    ON);

            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).reason()).contains("Duplicate field 'id'");
        }

        @Test
        void an_empty_document_is_refused() {
            assertThat(problems("  ", ON)).containsExactly(new Problem("", "the document is empty"));
        }
    }

    @Nested
    @DisplayName("checks beyond the schema")
    class SemanticChecks {

        @Test
        void iin_century_digit_must_agree_with_the_birth_year() throws IOException {
            String bornIn1914 = TestIins.of(LocalDate.of(1914, 2, 17), Sex.MALE, 1203);
            assertThat(problems(exampleWith(doc -> member(doc, 2).put("iin", bornIn1914)), ON)).containsExactly(
                    new Problem("/members/2/iin",
                            "IIN 7th digit 3 is for births in 1900–1999, but the birth date is 2014-02-17"));
        }

        @Test
        void deceased_iin_must_have_a_valid_check_digit_and_not_be_a_members() throws IOException {
            String json = text("survivor-family.json").replace("\"831122334053\"", "\"850128434013\"");
            assertThat(problems(json, ON)).containsExactly(new Problem("/breadwinnerLoss/deceasedIin",
                    "IIN 850128434013 is the IIN of a member (/members/0); the deceased is not a member of the family"));

            String wrongDigit = text("survivor-family.json").replace("\"831122334053\"", "\"831122334054\"");
            assertThat(problems(wrongDigit, ON)).containsExactly(new Problem("/breadwinnerLoss/deceasedIin",
                    "IIN check digit is wrong (expected 3): 831122334054"));
        }

        @Test
        void the_deceased_pays_no_contribution_after_the_month_of_death() throws IOException {
            String json = text("survivor-family.json").replace("\"diedOn\": \"2024-05-10\"", "\"diedOn\": \"2024-03-10\"");
            assertThat(problems(json, ON)).containsExactly(
                    new Problem("/breadwinnerLoss/deceasedInsurance/contributions/23/month",
                            "2024-04 is after the month of death (2024-03)"));
        }

        @Test
        void participation_months_cannot_be_fewer_than_the_contributions_listed() throws IOException {
            assertThat(problems(exampleWith(doc -> ((ObjectNode) member(doc, 0).get("socialInsurance"))
                    .put("participationMonths", 12)), ON)).containsExactly(
                    new Problem("/members/0/socialInsurance/participationMonths",
                            "12 months is fewer than the 24 months of contributions listed"));
        }

        @Test
        void a_member_cannot_be_their_own_mother_or_care_for_themselves() throws IOException {
            assertThat(problems(exampleWith(doc -> {
                member(doc, 2).put("motherId", "c1");
                ((ArrayNode) member(doc, 1).get("caresFor")).add("m2");
            }), ON)).containsExactly(
                    new Problem("/members/1/caresFor/2", "a member cannot care for themselves"),
                    new Problem("/members/2/motherId", "a member cannot be their own mother"));
        }

        @Test
        void exactly_one_member_is_the_head() throws IOException {
            assertThat(problems(exampleWith(doc -> member(doc, 1).put("relation", "head")), ON)).containsExactly(
                    new Problem("/members", "exactly one member must have relation 'head' (found 2)"));
        }

        @Test
        void maternity_leave_and_mothers_awards_are_for_women() throws IOException {
            assertThat(problems(exampleWith(doc -> {
                member(doc, 0).putObject("maternity").put("leaveStartsOn", "2025-06-11").put("days", 126);
                member(doc, 0).putArray("awards").addObject().put("kind", "kumis-alka").put("awardedOn", "2020-01-01");
            }), ON)).containsExactly(
                    new Problem("/members/0/awards/0", "awarded-mother awards are given to mothers; the member is male"),
                    new Problem("/members/0/maternity", "pregnancy and childbirth leave is for women; the member is male"));
        }

        @Test
        void facts_dated_before_the_members_birth_are_refused() throws IOException {
            assertThat(problems(exampleWith(doc -> {
                ((ObjectNode) member(doc, 3).get("disability")).put("from", "2019-01-01");
                ((ObjectNode) doc.withArray("loans").get(0)).put("memberId", "c3");
            }), ON)).containsExactly(
                    new Problem("/members/3/disability/from", "2019-01-01 is before the member's birth (2019-06-14)"),
                    new Problem("/loans/0/openedOn", "2024-03-15 is before the birth of member 'c3' (2025-08-20)"));
        }
    }

    @Nested
    @DisplayName("disability group: none under 7, 1 to 3 from 7 (checked on the evaluation date)")
    class DisabilityGroup {

        /** c2, born 2019-06-14, disabled since 2021-03-01 with no group and no end date. */
        String indefiniteWithoutGroup() throws IOException {
            return exampleWith(doc -> ((ObjectNode) member(doc, 3).get("disability")).putNull("until"));
        }

        @Test
        void no_group_is_valid_the_day_before_the_7th_birthday() throws IOException {
            assertThat(problems(indefiniteWithoutGroup(), LocalDate.of(2026, 6, 13))).isEmpty();
        }

        @Test
        void no_group_is_refused_on_the_7th_birthday_when_the_disability_is_still_established() throws IOException {
            assertThat(problems(indefiniteWithoutGroup(), LocalDate.of(2026, 6, 14))).containsExactly(new Problem(
                    "/members/3/disability/group", "group 1, 2 or 3 is required: the member is 7 on the evaluation date "
                    + "2026-06-14 and groups are set from age 7"));
        }

        @Test
        void no_group_is_not_checked_against_a_date_when_none_is_given() throws IOException {
            assertThat(problems(indefiniteWithoutGroup(), null)).isEmpty();
        }

        @Test
        void no_group_is_refused_when_the_disability_was_established_at_7_or_later() throws IOException {
            assertThat(problems(exampleWith(doc -> ((ObjectNode) member(doc, 2).putObject("disability"))
                    .put("cause", "general-illness").put("from", "2022-01-10")), null)).containsExactly(new Problem(
                    "/members/2/disability/group",
                    "group 1, 2 or 3 is required: the member was 7 on 2022-01-10 and groups are set from age 7"));
        }
    }

    @Test
    void the_schema_documents_every_field_with_a_description_and_examples() throws IOException {
        JsonNode schema = LawJson.mapper().readTree(FamilyDocuments.schema());

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SchemaDocumentation.gaps(schema)).isEmpty();
    }
}
