package io.newspipe;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.newspipe.sink.Dialect;
import io.newspipe.text.dedup.BodyFingerprint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The import rules each package's {@code package-info.java} states, held over the production classes of every module
 * (the launcher sees them all on its classpath).
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Other modules come as jars; their test jars (fixtures) are not production code.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.newspipe");
        if (classes.size() < 50) {
            throw new IllegalStateException("too few classes imported to judge: " + classes.size());
        }
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void textStagesArePlainJava() {
        check(noClasses().that().resideInAPackage("io.newspipe.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "io.newspipe.streams..",
                        "io.newspipe.runtime..", "io.newspipe.cli..", "io.newspipe.ingest..", "io.newspipe.sink.."));
    }

    @Test
    void sharedTextFactsDependOnNoStage() {
        check(noClasses().that().resideInAPackage("io.newspipe.text")
                .should().dependOnClassesThat().resideInAnyPackage("io.newspipe.text.page..", "io.newspipe.text.dedup..",
                        "io.newspipe.text.enrich..", "io.newspipe.text.ner.."));
    }

    @Test
    void eachTextStageImportsOnlyWhatItsPackageInfoAllows() {
        check(noClasses().that().resideInAPackage("io.newspipe.text.page..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newspipe.text.enrich..", "io.newspipe.text.ner.."));
        // Splitting keys each article by its exact-duplicate fingerprint, and needs nothing else of dedup.
        check(noClasses().that().resideInAPackage("io.newspipe.text.page..")
                .should().dependOnClassesThat(resideInAPackage("io.newspipe.text.dedup..")
                        .and(not(equivalentTo(BodyFingerprint.class)))));
        check(noClasses().that().resideInAPackage("io.newspipe.text.dedup..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newspipe.text.page..", "io.newspipe.text.enrich..",
                        "io.newspipe.text.ner.."));
        check(noClasses().that().resideInAPackage("io.newspipe.text.enrich..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newspipe.text.page..", "io.newspipe.text.dedup.."));
        check(noClasses().that().resideInAPackage("io.newspipe.text.ner..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newspipe.text.page..", "io.newspipe.text.dedup..",
                        "io.newspipe.text.enrich.."));
    }

    @Test
    void theLearningKitKnowsNoStageAndTheGeneratorIsUsedOnlyToTrainAndMeasure() {
        // Sequence labelling is shared by the splitter and the NER; it must not know either.
        check(noClasses().that().resideInAPackage("io.newspipe.text.learn..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newspipe.text.page..", "io.newspipe.text.ner..",
                        "io.newspipe.text.dedup..", "io.newspipe.text.enrich..", "io.newspipe.text.gen.."));
        // Generated pages train and score the splitter; no stage of the running pipeline reads them.
        check(noClasses().that().resideInAnyPackage("io.newspipe.text.page..", "io.newspipe.text.ner..",
                        "io.newspipe.text.dedup..", "io.newspipe.text.enrich..", "io.newspipe.streams..",
                        "io.newspipe.runtime..")
                .should().dependOnClassesThat().resideInAPackage("io.newspipe.text.gen.."));
    }

    @Test
    void theRecordModelDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage("io.newspipe.model..")
                .should().dependOnClassesThat(resideInAPackage("io.newspipe..").and(not(resideInAPackage("io.newspipe.model..")))));
    }

    @Test
    void modulesKeepTheirDirection() {
        check(noClasses().that().resideInAPackage("io.newspipe.streams..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newspipe.runtime..", "io.newspipe.cli..",
                        "io.newspipe.ingest..", "io.newspipe.sink.."));
        // The Connect plugin is loaded in an isolated class loader: it may carry the model and nothing else of ours.
        check(noClasses().that().resideInAPackage("io.newspipe.sink..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newspipe.text..", "io.newspipe.streams..",
                        "io.newspipe.runtime..", "io.newspipe.cli..", "io.newspipe.ingest.."));
        check(noClasses().that().resideInAPackage("io.newspipe.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newspipe.text..", "io.newspipe.streams..",
                        "io.newspipe.runtime..", "io.newspipe.cli..", "io.newspipe.sink.."));
        check(noClasses().that().resideInAPackage("io.newspipe.runtime..")
                .should().dependOnClassesThat().resideInAPackage("io.newspipe.cli.."));
        // The explorer reads the store; the pipeline reaches its pages only through PipelineView.
        check(noClasses().that().resideInAPackage("io.newspipe.explore..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "io.newspipe.text..",
                        "io.newspipe.streams..", "io.newspipe.runtime..", "io.newspipe.cli.."));
        check(noClasses().that().resideInAnyPackage("io.newspipe.text..", "io.newspipe.streams..", "io.newspipe.sink..",
                "io.newspipe.ingest..").should().dependOnClassesThat().resideInAPackage("io.newspipe.explore.."));
    }

    @Test
    void onlyTheStoreDialectKnowsWhichDatabaseTheExplorerReads() {
        check(noClasses().that().resideInAPackage("io.newspipe.explore..").and().doNotHaveSimpleName("StoreDialect")
                .should().accessField("io.newspipe.explore.StoreDialect", "POSTGRES")
                .orShould().accessField("io.newspipe.explore.StoreDialect", "SQLITE"));
    }

    @Test
    void onlyTheNearStageEntryPointIsPublic() {
        check(classes().that().resideInAPackage("io.newspipe.streams.near").and().areTopLevelClasses()
                .and().haveModifier(JavaModifier.PUBLIC).should().haveSimpleName("NearDuplicateStage"));
    }

    @Test
    void noCodeOutsideTheDialectsAsksWhichDialectItHas() {
        DescribedPredicate<JavaClass> dialect = JavaClass.Predicates.assignableTo(Dialect.class);
        check(classes().that(not(dialect)).should(new ArchCondition<>("not check instanceof a dialect") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getInstanceofChecks().stream().filter(i -> dialect.test(i.getRawType())).forEach(i ->
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " checks instanceof "
                                + i.getRawType().getSimpleName() + " at " + i.getSourceCodeLocation())));
            }
        }));
    }
}
