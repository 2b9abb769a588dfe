package kz.shanyraq.law;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The law module is pure Java: the same code runs in the application, in one process over the whole country and
 * on a Spark cluster, so it must not depend on Spring, Spark or Scala. (law/pom.xml also bans those artifacts.)
 */
class LawModuleIsFrameworkFreeTest {

    static final JavaClasses LAW = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.shanyraq.law");

    static final ArchRule NO_FRAMEWORK = noClasses().that().resideInAPackage("kz.shanyraq.law..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.spark..", "scala..")
            .because("the law runs unchanged in the application, in one process and on Spark");

    @Test
    void no_class_of_the_law_depends_on_spring_spark_or_scala() {
        assertThat(LAW).as("the law's classes were found").hasSizeGreaterThan(20);
        NO_FRAMEWORK.check(LAW);
    }
}
