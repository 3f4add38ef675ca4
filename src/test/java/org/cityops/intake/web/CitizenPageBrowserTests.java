package org.cityops.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;


import org.cityops.console.Browser;
import org.cityops.console.BrowserTest;
import org.cityops.console.TestFiles;
import org.cityops.directory.HttpApi;
import org.cityops.directory.demo.DemoAccounts;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * A citizen on a phone reports a problem with a place picked on the map, follows it by the receipt
 * number while the grid worker handles it, and rates it once it is closed.
 */
@BrowserTest
class CitizenPageBrowserTests {

	private static final String GRID = "330383198001-G01";

	@LocalServerPort
	int port;

	@Autowired
	GeoManagement geo;

	@Test
	void aCitizenReportsOnAPhoneFollowsTheCaseAndRatesItWhenClosed(Browser browser) throws IOException {
		Grid micro = geo.microGrids(GRID).get(4);
		browser.phone().open("/report").waitFor("#pick-map[data-ready=true]");
		assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(360L);

		new Select(browser.find("#category")).selectByValue("1203");
		browser.find("#description").sendKeys("金钗河社区边上的河道里漂着很多垃圾和泡沫，好几天了没人打捞");
		clickMapAt(browser, micro);
		browser.waitUntil(driver -> browser.find("#place-status").getText().contains("金钗河社区"));
		browser.find("#name").sendKeys("王女士");
		browser.find("#phone").sendKeys("17000004321");
		browser.find("#photo").sendKeys(TestFiles.photo());
		browser.script("document.getElementById('description').scrollIntoView()");
		browser.screenshot("citizen-report-phone");
		browser.find("#report-form button[type=submit]").click();

		browser.waitUntil(driver -> browser.path().startsWith("/report/"));
		String receipt = browser.waitFor("#receipt-number").getText();
		browser.waitUntil(driver -> "DISPATCHED".equals(browser.find("#status").getAttribute("data-state")));
		assertThat(browser.find("#state-label").getText()).isEqualTo("已派遣");
		assertThat(browser.find("#category-name").getText()).isNotBlank();
		assertThat(browser.find("#timeline").getText()).contains("上报").doesNotContain("王女士", "17000004321");
		assertThat(browser.find("#rating").isDisplayed()).isFalse();
		browser.screenshot("citizen-follow-phone");

		String caseId = handleAndClose(receipt, micro);
		HttpApi http = new HttpApi(port);
		String photoRef = http.get("/api/cases/" + caseId, HttpApi.basic("dispatcher", DemoAccounts.PASSWORD)).json()
			.get("timeline").get(0).get("attachments").get(0).asString();
		assertThat(photoRef).startsWith("/intake/photos/");
		assertThat(http.get(photoRef, null).status()).as("citizens' photos are for staff only").isIn(302, 401, 403);

		browser.open("/report/" + receipt);
		browser.waitUntil(driver -> browser.find("#rating").isDisplayed());
		assertThat(browser.find("#state-label").getText()).isEqualTo("已结案");
		browser.find("label[for=satisfaction-5], #satisfaction-5").click();
		browser.find("#phoneLast4").sendKeys("9999");
		browser.find("#rating-form button[type=submit]").click();
		WebElement wrong = browser.waitUntil(driver -> {
			WebElement error = browser.find("#phoneLast4-error");
			return error.isDisplayed() ? error : null;
		});
		assertThat(wrong.getText()).isNotBlank();

		browser.find("#phoneLast4").clear();
		browser.find("#phoneLast4").sendKeys("4321");
		browser.find("#rating-form button[type=submit]").click();
		browser.waitUntil(driver -> "EVALUATED".equals(browser.find("#status").getAttribute("data-state")));
		assertThat(browser.find("#expected").getText()).contains("5");
		assertThat(new HttpApi(port).get("/api/cases/" + caseId, HttpApi.basic("dispatcher", DemoAccounts.PASSWORD))
			.json().get("satisfaction").asInt()).isEqualTo(5);
	}

	@Test
	void refusalsAreShownNextToTheirFieldsAndNothingIsSent(Browser browser) throws IOException {
		browser.phone().open("/report").waitFor("#pick-map[data-ready=true]");
		browser.find("#report-form button[type=submit]").click();

		browser.waitUntil(driver -> browser.find("#description-error").isDisplayed());
		assertThat(browser.find("#reporter\\.phone-error").isDisplayed()).isTrue();
		assertThat(browser.path()).isEqualTo("/report");

		browser.find("#description").sendKeys("路灯不亮");
		browser.find("#phone").sendKeys("17000001111");
		browser.find("#photo").sendKeys(TestFiles.file("notes.png", "不是图片".getBytes(StandardCharsets.UTF_8)));
		browser.find("#report-form button[type=submit]").click();
		browser.waitUntil(driver -> browser.find("#photo-error").isDisplayed());
		assertThat(browser.find("#photo-error").getText()).as("in the page's language").contains("须为 JPEG、PNG 或 WebP 图片");
		assertThat(browser.path()).isEqualTo("/report");
	}

	@Test
	void theReportPageIsInEnglishOnRequestAndReachableByKeyboard(Browser browser) {
		browser.desktop().open("/report?lang=en").waitFor("#pick-map[data-ready=true]");

		assertThat(browser.find("h1").getText()).isEqualTo("Report a problem to the city");
		List<String> reached = browser.tabTo("#report-form button[type=submit]", 40);
		assertThat(reached).contains("select#category", "textarea#description", "div#pick-map.pick-map",
				"button#use-location.button", "input#phone");
		browser.screenshot("citizen-report-en");
	}



	private static void clickMapAt(Browser browser, Grid micro) {
		browser.script("CityOps.pickMap.leaflet.setView([arguments[0], arguments[1]], 16, { animate: false })",
				micro.centroid().lat(), micro.centroid().lng());
		@SuppressWarnings("unchecked")
		List<Number> offset = (List<Number>) browser.script("var map = CityOps.pickMap.leaflet;"
				+ " var point = map.latLngToContainerPoint([arguments[0], arguments[1]]);"
				+ " var size = map.getSize(); return [point.x - size.x / 2, point.y - size.y / 2];",
				micro.centroid().lat(), micro.centroid().lng());
		new Actions(browser.driver())
			.moveToElement(browser.find("#pick-map"), offset.get(0).intValue(), offset.get(1).intValue())
			.click()
			.perform();
	}

	/** The grid worker and the centre take the case to closed over the API; answers its id. */
	private String handleAndClose(String receipt, Grid micro) {
		HttpApi http = new HttpApi(port);
		String dispatcher = HttpApi.basic("dispatcher", DemoAccounts.PASSWORD);
		String grid = HttpApi.basic("grid", DemoAccounts.PASSWORD);
		String id = http.get("/api/cases?q=" + receipt, dispatcher).json().get("cases").get(0).get("id").asString();
		for (String action : List.of("sign", "contact")) {
			assertThat(http.call(HttpMethod.POST, "/api/cases/" + id + "/actions/" + action, grid, "{}").status())
				.isEqualTo(200);
		}
		String here = "{\"lat\":" + micro.centroid().lat() + ",\"lng\":" + micro.centroid().lng() + "}";
		assertThat(http.call(HttpMethod.POST, "/api/cases/" + id + "/actions/arrive", grid, here).status()).isEqualTo(200);
		assertThat(http.call(HttpMethod.POST, "/api/cases/" + id + "/actions/handle", grid, "{\"note\":\"已打捞河面垃圾\"}")
			.status()).isEqualTo(200);
		assertThat(http.call(HttpMethod.POST, "/api/cases/" + id + "/actions/verify", dispatcher, "{\"passed\":true}")
			.status()).isEqualTo(200);
		assertThat(http.call(HttpMethod.POST, "/api/cases/" + id + "/actions/close", dispatcher,
				"{\"feedback\":{\"reached\":true,\"note\":\"已回访\"}}").status()).isEqualTo(200);
		return id;
	}
}
