package org.cityops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityops.shared.time.MutableClock.shanghai;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.cityops.shared.time.MutableClock;
import org.cityops.shared.time.MutableClockConfiguration;
import org.cityops.sla.SlaTestConfiguration.SlaEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@Import({ MutableClockConfiguration.class, SlaTestConfiguration.class })
class AreaModeIntegrationTests {

	/** 鹿城区五马街道 and two of its communities (鼓楼社区, 墨池社区); 七都街道江都社区. */
	static final String WUMA = "330302006";
	static final String GULOU = "330302006044";
	static final String MOCHI = "330302006045";
	static final String JIANGDU = "330302023001";

	@Autowired
	SlaManagement sla;
	@Autowired
	MutableClock clock;
	@Autowired
	SlaEvents events;
	@Autowired
	WebApplicationContext context;

	MockMvc mvc;
	final Set<String> switched = new LinkedHashSet<>();

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		clock.set("2026-03-02T09:00");
	}

	/** Other tests share the database: every area switched here goes back to normal time. */
	@AfterEach
	void backToNormal() {
		switched.forEach(area -> sla.switchMode(area, SlaMode.NORMAL, "test", "back to normal after a test"));
	}

	@Test
	void aDispatcherSwitchesAnAreaToWartimeAndTheSwitchIsRecorded() throws Exception {
		switchAs("DISPATCHER", "{\"area\": \"" + JIANGDU + "\", \"mode\": \"WARTIME\", \"reason\": \"台风\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.area").value(JIANGDU))
				.andExpect(jsonPath("$.mode").value("WARTIME"))
				.andExpect(jsonPath("$.switchedBy").value("dispatcher"))
				.andExpect(jsonPath("$.reason").value("台风"));
		switched.add(JIANGDU);

		assertThat(sla.effectiveMode(JIANGDU)).isEqualTo(SlaMode.WARTIME);
		mvc.perform(get("/api/sla/modes").with(user("chief").roles("DUTY_CHIEF")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.current[?(@.area == '" + JIANGDU + "')].mode").value("WARTIME"))
				// Other tests share the database and may have switched areas at later (clock) times.
				.andExpect(jsonPath("$.history[?(@.area == '" + JIANGDU + "' && @.mode == 'WARTIME')]").exists());
		assertThat(events.of(AreaModeSwitched.class, null)).last()
				.satisfies(event -> assertThat(event.change().area()).isEqualTo(JIANGDU));
	}

	@Test
	void onlyDispatchersAndAdministratorsSwitchModes() throws Exception {
		switchAs("CITIZEN", "{\"area\": \"" + JIANGDU + "\", \"mode\": \"WARTIME\"}").andExpect(status().isForbidden());
		switchAs("GRID_WORKER", "{\"area\": \"" + JIANGDU + "\", \"mode\": \"WARTIME\"}").andExpect(status().isForbidden());

		assertThat(sla.effectiveMode(JIANGDU)).isEqualTo(SlaMode.NORMAL);
		switchAs("ADMINISTRATOR", "{\"area\": \"" + JIANGDU + "\", \"mode\": \"NORMAL\"}").andExpect(status().isOk());
	}

	@Test
	void refusesBadSwitchesNamingTheFieldAndWritingNothing() throws Exception {
		int history = sla.modeHistory().size();

		switchAs("DISPATCHER", "{\"area\": \"999999\", \"mode\": \"WARTIME\"}")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("area"));
		switchAs("DISPATCHER", "{\"area\": \"3303020\", \"mode\": \"WARTIME\"}")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("area"));
		switchAs("DISPATCHER", "{\"area\": \"" + JIANGDU + "\", \"mode\": \"PEACE\"}")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("mode"));
		switchAs("DISPATCHER", "{\"area\": \"" + JIANGDU + "\"}")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("mode"));

		assertThat(sla.modeHistory()).hasSize(history);
	}

	@Test
	void wartimeSignContactAndOnSiteCountFromTheDispatch() {
		switchTo(JIANGDU, SlaMode.WARTIME);
		String caseId = "case-" + UUID.randomUUID();
		sla.startStage(new StageStart(caseId, Stage.DISPATCH, null, JIANGDU, false, shanghai("2026-03-02T09:00")));
		sla.completeStage(caseId, Stage.DISPATCH, shanghai("2026-03-02T09:02"));

		StageDeadline sign = sla.startStage(new StageStart(caseId, Stage.SIGN, null, JIANGDU, false,
				shanghai("2026-03-02T09:02")));
		sla.completeStage(caseId, Stage.SIGN, shanghai("2026-03-02T09:02:40"));
		StageDeadline contact = sla.startStage(new StageStart(caseId, Stage.CONTACT, null, JIANGDU, false,
				shanghai("2026-03-02T09:02:40")));
		StageDeadline onSite = sla.startStage(new StageStart(caseId, Stage.ARRIVE, null, JIANGDU, false,
				shanghai("2026-03-02T09:03:30")));

		assertThat(sign.mode()).isEqualTo(SlaMode.WARTIME);
		assertThat(sign.dueAt()).isEqualTo(shanghai("2026-03-02T09:03"));
		assertThat(contact.dueAt()).isEqualTo(shanghai("2026-03-02T09:04"));
		assertThat(onSite.countedFrom()).isEqualTo(shanghai("2026-03-02T09:02"));
		assertThat(onSite.dueAt()).isEqualTo(shanghai("2026-03-02T09:22"));
		assertThat(sla.completeStage(caseId, Stage.CONTACT, shanghai("2026-03-02T09:04:30")).status())
				.isEqualTo(StageStatus.OVERDUE);
	}

	@Test
	void aSwitchAppliesToNewDeadlinesOnlyAndTheMostSpecificAreaWins() {
		String before = "case-" + UUID.randomUUID();
		StageDeadline running = sla.startStage(new StageStart(before, Stage.SIGN, null, GULOU + "-G01", false,
				clock.instant()));

		switchTo(WUMA, SlaMode.WARTIME);
		switchTo(MOCHI, SlaMode.NORMAL);

		assertThat(sla.deadlines(before)).singleElement().isEqualTo(running);
		assertThat(running.mode()).isEqualTo(SlaMode.NORMAL);
		assertThat(start(GULOU + "-G01").mode()).as("the township's switch covers its communities")
				.isEqualTo(SlaMode.WARTIME);
		assertThat(start(MOCHI).mode()).as("the community's own switch wins").isEqualTo(SlaMode.NORMAL);
		assertThat(start(JIANGDU).mode()).as("another township").isEqualTo(SlaMode.NORMAL);
	}

	private StageDeadline start(String area) {
		return sla.startStage(new StageStart("case-" + UUID.randomUUID(), Stage.SIGN, null, area, false,
				clock.instant()));
	}

	private void switchTo(String area, SlaMode mode) {
		sla.switchMode(area, mode, "dispatcher", null);
		switched.add(area);
	}

	private ResultActions switchAs(String role, String json) throws Exception {
		return mvc.perform(post("/api/sla/mode").with(user(role.toLowerCase()).roles(role)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
