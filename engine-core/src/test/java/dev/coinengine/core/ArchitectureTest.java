package dev.coinengine.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The build bans the dependencies; this checks that no code reaches for them by reflection. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.coinengine.core");

  @Test
  void engineCoreUsesNoFrameworkOrInfrastructureTypes() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "software.amazon..",
            "com.amazonaws..",
            "org.apache.iceberg..",
            "org.apache.hadoop..",
            "ai.onnxruntime..",
            "org.tribuo..",
            "org.knowm.xchange..")
        .check(CORE);
  }

  @Test
  void engineCoreDoesNotReachIntoOtherModules() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.coinengine.store..",
            "dev.coinengine.functions..",
            "dev.coinengine.runner..",
            "dev.coinengine.local..",
            "dev.coinengine.embedded..")
        .check(CORE);
  }
}
