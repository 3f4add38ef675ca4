package org.cityops.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cityops.triage.Categories;
import org.cityops.triage.Category;
import org.cityops.triage.OneThingStandard;
import org.cityops.triage.OneThingStandards;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueImportIntegrationTests {

	@Autowired
	CatalogueImport catalogueImport;

	@Autowired
	CatalogueEdits edits;

	@Autowired
	Categories categories;

	@Autowired
	OneThingStandards standards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	final Taxonomy taxonomy = CatalogueFiles.taxonomy(CatalogueFiles.TAXONOMY);

	@Test
	void importsEachFileVersionOnceSoARestartWritesNothing() {
		long imports = importCount();
		assertThat(categories.all()).hasSameSizeAs(taxonomy.categories());
		assertThat(standards.all()).hasSize(12);
		assertThat(standards.covering("0702")).extracting(OneThingStandard::code).containsExactly("OT01");
		assertThat(standards.triggeredBy("0303", Set.of())).extracting(OneThingStandard::code).containsExactly("OT02");
		assertThat(standards.byCode("OT01").orElseThrow().handlingFor("0702").leadUnitKind())
				.isEqualTo("PUBLIC_SECURITY");

		ImportResult again = catalogueImport.importTaxonomy(taxonomy);
		ImportResult playbooksAgain = catalogueImport
				.importPlaybooks(CatalogueFiles.playbooks(CatalogueFiles.ONE_THING, taxonomy));

		assertThat(again.imported()).isFalse();
		assertThat(playbooksAgain.imported()).isFalse();
		assertThat(importCount()).isEqualTo(imports);
	}

	@Test
	void keepsAnAdministratorsEditWhenTheSameVersionIsImportedAgain() {
		Category edited = withDescription(categories.byCode("0102").orElseThrow(), "堆物堆料 " + UUID.randomUUID());

		edits.editCategory(edited, "admin-" + UUID.randomUUID());
		catalogueImport.importTaxonomy(taxonomy);

		assertThat(categories.byCode("0102")).contains(edited);
		assertThat(jdbc.sql("select count(*) from triage.catalogue_edit where code = '0102' and after ->> 'description' = ?")
				.param(edited.description()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void newFileVersionReplacesUneditedRowsAndListsTheEditedOnesItKept() {
		Category edited = withDescription(categories.byCode("0202").orElseThrow(), "小广告 " + UUID.randomUUID());
		edits.editCategory(edited, "admin");
		List<Category> changed = new ArrayList<>(taxonomy.categories());
		Category revised = withDescription(categories.byCode("0201").orElseThrow(), "店招店牌 " + UUID.randomUUID());
		changed.replaceAll(category -> category.code().equals("0201") ? revised : category);
		int version = 9000 + (int) (Math.random() * 1000);

		ImportResult result = catalogueImport
				.importTaxonomy(new Taxonomy(version, "test-" + version, taxonomy.majors(), changed));

		assertThat(result.imported()).isTrue();
		assertThat(result.rowsKept()).contains("0202");
		assertThat(categories.byCode("0201")).hasValueSatisfying(category -> assertThat(category).isEqualTo(revised));
		assertThat(categories.byCode("0202")).contains(edited);
	}

	@Test
	void listsCategoriesWithTheirLimitsToSignedInUsers() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
				.build();

		mvc.perform(get("/api/triage/categories").with(user("dispatcher").roles("DISPATCHER")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(taxonomy.categories().size()))
				.andExpect(jsonPath("$[?(@.code == '0701')].unitKind").value("ENFORCEMENT"))
				.andExpect(jsonPath("$[?(@.code == '0701')].urgent.ARRIVE").value("PT30M"));
		mvc.perform(get("/api/triage/categories/9999").with(user("dispatcher").roles("DISPATCHER")))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/triage/categories")).andExpect(status().isUnauthorized());
	}

	private long importCount() {
		return jdbc.sql("select count(*) from triage.catalogue_import").query(Long.class).single();
	}

	private static Category withDescription(Category category, String description) {
		return new Category(category.code(), category.majorCode(), category.name(), category.nameEn(), description,
				category.unitKind(), category.filing(), category.closing(), category.priority(), category.difficult(),
				category.collaborative(), category.normal(), category.urgent());
	}
}
