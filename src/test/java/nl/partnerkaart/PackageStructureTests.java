package nl.partnerkaart;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;


import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package boundaries of docs/architecture.md, checked on the compiled classes (no application context): feature
 * packages form no cycle, the graph model and the shared floor depend on no feature, and controllers only translate
 * HTTP, leaving queries to the services of their feature.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackageStructureTests {

    private JavaClasses classes;

    @BeforeAll
    void importApplicationClasses() {
        // Only the folder of the application's classes: looking for the package in every jar of the class path
        // would cost most of the test's time.
        classes = new ClassFileImporter()
                .importUrl(PartnerkaartApplication.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("nl.partnerkaart.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void controllersDoNotTouchTheDatabase() {
        noClasses().that(areControllers())
                .should().dependOnClassesThat(resideInAPackage("org.neo4j.driver..")
                        .or(JavaClass.Predicates.type(Neo4jClient.class)))
                .because("a controller translates HTTP; its feature's service runs the query")
                .check(classes);
    }

    /** By their own annotations: library classes are not read, so meta-annotations are not seen. */
    private static DescribedPredicate<JavaClass> areControllers() {
        return DescribedPredicate.describe("are controllers",
                c -> c.isAnnotatedWith(Controller.class) || c.isAnnotatedWith(RestController.class));
    }

    @Test
    void theModelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("nl.partnerkaart.model..")
                .should().dependOnClassesThat(resideInAPackage("nl.partnerkaart..")
                        .and(resideOutsideOfPackages("nl.partnerkaart.model..", "nl.partnerkaart.system..")))
                .because("every feature rests on the graph model, so it cannot rest on one of them")
                .check(classes);
    }

    @Test
    void theSharedFloorDependsOnNoOtherPackage() {
        noClasses().that().resideInAPackage("nl.partnerkaart.system..")
                .should().dependOnClassesThat(resideInAPackage("nl.partnerkaart..")
                        .and(resideOutsideOfPackages("nl.partnerkaart.system..")))
                .because("problem details, HTTP limits and passwords serve every feature and know none")
                .check(classes);
    }
}
