package org.cityops.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cityops.triage.Category;
import org.cityops.triage.OneThingStandard;
import org.cityops.triage.OneThingStandard.Handling;
import org.cityops.triage.Stage;
import org.junit.jupiter.api.Test;

class CatalogueFilesUnitTests {

	/** The department kinds fixed for all modules (helper brief), plus GRID. */
	static final Set<String> BRIEF_UNIT_KINDS = Set.of("PUBLIC_SECURITY", "EMERGENCY", "ENFORCEMENT", "ECOLOGY",
			"HOUSING", "MARKET", "COMMERCE", "ECONOMY", "NATURAL_RESOURCES", "TRANSPORT", "WATER", "HUMAN_RESOURCES",
			"HEALTH", "EDUCATION", "CIVIL_AFFAIRS", "AGRICULTURE", "PETITIONS", "JUSTICE", "FIRE", "PROCURATORATE",
			"HOTLINE", "CENTRE", "TOWNSHIP_OFFICE", "COMMUNITY_COMMITTEE", "GRID");

	final Taxonomy taxonomy = CatalogueFiles.taxonomy(CatalogueFiles.TAXONOMY);
	final Playbooks playbooks = CatalogueFiles.playbooks(CatalogueFiles.ONE_THING, taxonomy);

	@Test
	void hasTwoLevelsOfStableCodes() {
		assertThat(taxonomy.majors()).hasSizeBetween(12, 16);
		assertThat(taxonomy.categories()).hasSizeBetween(35, 50);
		Set<String> majorCodes = taxonomy.majors().stream().map(m -> m.code()).collect(Collectors.toSet());
		assertThat(taxonomy.categories()).allSatisfy(category -> {
			assertThat(category.code()).matches("\\d{4}").startsWith(category.majorCode());
			assertThat(majorCodes).contains(category.majorCode());
		});
		assertThat(taxonomy.categories().stream().map(Category::code).distinct()).hasSameSizeAs(taxonomy.categories());
	}

	@Test
	void namesOnlyUnitKindsOfThePlatformVocabulary() {
		assertThat(taxonomy.categories()).extracting(Category::unitKind).allMatch(BRIEF_UNIT_KINDS::contains);
		assertThat(UnitKinds.NAMES).isEqualTo(BRIEF_UNIT_KINDS);
		for (OneThingStandard standard : playbooks.standards()) {
			assertThat(BRIEF_UNIT_KINDS).contains(standard.leadUnitKind()).containsAll(standard.coUnitKinds());
			standard.variants().forEach(variant -> assertThat(BRIEF_UNIT_KINDS).contains(variant.leadUnitKind())
					.containsAll(variant.coUnitKinds()));
		}
	}

	@Test
	void givesEveryCategoryALimitForEveryStageNormalAndUrgent() {
		assertThat(taxonomy.categories()).allSatisfy(category -> {
			for (Stage stage : Stage.values()) {
				assertThat(category.normal().of(stage)).as(category.code() + " normal " + stage).isNotNull();
				assertThat(category.urgent().of(stage)).as(category.code() + " urgent " + stage).isNotNull();
			}
		});
	}

	@Test
	void keepsServiceNamesShortEnoughForAnOpen311List() {
		assertThat(taxonomy.categories()).allSatisfy(category -> {
			assertThat(category.name().length()).isLessThanOrEqualTo(10);
			assertThat(category.nameEn().length()).isLessThanOrEqualTo(40);
		});
	}

	@Test
	void hasTwelveOneThingStandardsWhoseTriggersNameExistingCategories() {
		assertThat(playbooks.standards()).hasSize(12);
		Set<String> codes = taxonomy.categories().stream().map(Category::code).collect(Collectors.toSet());
		assertThat(playbooks.standards()).allSatisfy(standard -> {
			assertThat(standard.triggers()).isNotEmpty();
			standard.triggers().forEach(trigger -> {
				assertThat(codes).containsAll(trigger.categories());
				assertThat(playbooks.tags().keySet()).containsAll(trigger.tags());
			});
			standard.variants().forEach(variant -> assertThat(codes).containsAll(variant.categories()));
		});
	}

	@Test
	void noisePlaybookSendsEachNoiseKindToItsLawfulUnit() {
		OneThingStandard noise = standard("OT01");
		Map<String, String> leadByKind = noise.variants().stream()
				.collect(Collectors.toMap(OneThingStandard.Variant::key, OneThingStandard.Variant::leadUnitKind));
		assertThat(leadByKind).containsEntry("CONSTRUCTION", "ENFORCEMENT").containsEntry("SOCIAL_LIFE", "PUBLIC_SECURITY")
				.containsEntry("COMMERCIAL", "ENFORCEMENT").containsEntry("TRAFFIC", "PUBLIC_SECURITY");
		assertThat(noise.handlingFor("0701").coUnitKinds()).contains("HOUSING");
		assertThat(noise.handlingFor("0704").coUnitKinds()).contains("TRANSPORT");
		assertThat(noise.followUps()).isNotEmpty();
		assertThat(String.join(" ", noise.rules())).contains("22:00", "06:00");
	}

	@Test
	void noiseCaseRunsFourUnitsInParallelInItsFirstStep() {
		Handling construction = standard("OT01").handlingFor("0701");
		List<String> firstUnits = construction.steps().stream().filter(step -> step.order() == 1)
				.map(OneThingStandard.Step::unitKind).distinct().toList();
		assertThat(firstUnits).hasSize(4);
		assertThat(construction.variant()).isEqualTo("CONSTRUCTION");
	}

	@Test
	void triggersOnlyWithTheTagsItAsksFor() {
		OneThingStandard noise = standard("OT01");
		assertThat(noise.triggeredBy("0702", Set.of("REPEAT"))).isTrue();
		assertThat(noise.triggeredBy("0702", Set.of())).isFalse();
		assertThat(noise.triggeredBy("0801", Set.of("REPEAT"))).isFalse();
		assertThat(standard("OT10").triggeredBy("0901", Set.of("GROUP"))).isTrue();
	}

	@Test
	void refusesAFileThatBreaksTheRulesNamingEveryProblem() {
		assertThatIllegalStateException().isThrownBy(() -> CatalogueFiles.taxonomy("triage-test/taxonomy-broken.yaml"))
				.withMessageContaining("minor code used twice").withMessageContaining("unknown unit kind POLICE")
				.withMessageContaining("code is not MMmm");
	}

	private OneThingStandard standard(String code) {
		return playbooks.standards().stream().collect(Collectors.toMap(OneThingStandard::code, Function.identity()))
				.get(code);
	}
}
