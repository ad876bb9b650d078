package dev.groupbuy.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** bot-core is plain Java: frameworks and platform SDKs live in the adapters and the application. */
class DependencyRuleTests {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.groupbuy.core");

    @Test
    void coreDependsOnNoFramework() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.apache.ibatis..",
                        "com.baomidou..",
                        "me.chanjar..",
                        "com.github.binarywang..",
                        "org.quartz..",
                        "org.redisson..",
                        "org.flywaydb..",
                        "jakarta.persistence..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..")
                .because("bot-core must stay free of frameworks (see STYLE.md)")
                .check(CORE);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.groupbuy.adapters..", "dev.groupbuy.admin..")
                .check(CORE);
    }

    @Test
    void theImportCoversTheCore() {
        org.assertj.core.api.Assertions.assertThat(CORE.size()).isGreaterThan(10);
    }
}
