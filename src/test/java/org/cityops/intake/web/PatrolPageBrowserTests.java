package org.cityops.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityops.console.Browser;
import org.cityops.console.BrowserTest;
import org.cityops.directory.HttpApi;
import org.cityops.directory.demo.DemoAccounts;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A grid worker reports what they found on patrol from the phone: refused without a place, then
 * reported with a place picked on the map; triage categorises it and the case is the worker's own.
 */
@BrowserTest
class PatrolPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	GeoManagement geo;

	@Test
	void aGridWorkerReportsAPatrolFindingFromThePhone(Browser browser) {
		Grid micro = geo.microGrids("330383198001-G01").get(6);
		browser.phone().logIn("grid").open("/my/patrol").waitFor("#pick-map[data-ready=true]");
		assertThat(browser.find(".main-menu").getText()).contains("巡查上报");

		browser.find("#description").sendKeys("网格巡查：金钗河社区河道内漂浮垃圾约5平方米，河面有泡沫和塑料袋，已拍照");
		browser.find("#patrol-form button[type=submit]").click();
		assertThat(browser.waitFor("#lat-error").getText()).contains("请在地图上选点");
		assertThat(browser.find("#description").getDomProperty("value")).as("what was typed stays")
			.contains("漂浮垃圾");

		browser.script("CityOps.pickMap.pick(arguments[0], arguments[1])", micro.centroid().lat(),
				micro.centroid().lng());
		browser.waitUntil(driver -> browser.find("#place-status").getText().contains("金钗河社区"));
		browser.screenshot("patrol-phone");
		browser.find("#patrol-form button[type=submit]").click();

		String id = browser.waitFor(".reported-case").getText();
		assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(360L);
		JsonNode reported = new HttpApi(port).get("/api/cases/" + id, HttpApi.basic("grid", DemoAccounts.PASSWORD))
			.json();
		assertThat(reported.get("channel").asString()).isEqualTo("PATROL");
		assertThat(reported.get("categoryCode").isNull()).as("categorised by triage").isFalse();
		assertThat(reported.get("tags").toString()).contains("triage:");
		assertThat(reported.get("assignee").get("unitCode").asString()).isEqualTo("330383198001-G01");
		browser.open("/my/tasks");
		assertThat(browser.waitFor("li.task[data-case='" + id + "']").getText()).contains("漂浮垃圾");
	}
}
