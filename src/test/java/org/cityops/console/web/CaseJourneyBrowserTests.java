package org.cityops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.cityops.console.Browser;
import org.cityops.console.BrowserTest;
import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseFilter;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseSearch;
import org.cityops.dispatch.CaseState;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * One case from report to satisfaction across the roles, in one browser: the citizen reports on the
 * public page, the dispatcher's pool shows it at once (live stream, map marker), the grid worker signs,
 * contacts, arrives and handles it on a phone, the centre verifies and closes it, and the citizen sees
 * the change and rates it.
 */
@BrowserTest
class CaseJourneyBrowserTests {

	private static final String GRID = "330383198001-G01";

	TestCases cases;

	@Autowired
	CaseSearch search;

	@Autowired
	GeoManagement geo;

	@Autowired
	void platform(ApplicationContext context) {
		cases = TestCases.of(context);
	}

	@Test
	void aCitizensReportGoesFromTheMapToTheGridWorkerAndBackToTheCitizensRating(Browser browser) {
		Grid micro = geo.microGrids(GRID).get(5);
		browser.desktop().logIn("dispatcher").open("/cases");
		browser.waitFor("#case-map[data-ready=true]");
		browser.waitUntil(driver -> Long.valueOf(1).equals(browser.script("return CityOps.caseStream.readyState")));
		String pool = browser.driver().getWindowHandle();
		int markersBefore = Integer.parseInt(browser.find("#case-map").getAttribute("data-markers"));

		// 0604 (blocked drains): a category no other test reports in this grid, so that no earlier case
		// nearby makes this one a duplicate or a repeat complaint.
		browser.driver().switchTo().newWindow(WindowType.TAB);
		browser.open("/report").waitFor("#pick-map[data-ready=true]");
		new Select(browser.find("#category")).selectByValue("0604");
		browser.find("#description").sendKeys("金钗河社区这边的排水沟堵住了，一下雨路面就积水，走路都要绕");
		browser.script("CityOps.pickMap.pick(arguments[0], arguments[1])", micro.centroid().lat(),
				micro.centroid().lng());
		browser.waitUntil(driver -> browser.find("#place-status").getText().contains("金钗河社区"));
		browser.find("#phone").sendKeys("17000006789");
		browser.find("#report-form button[type=submit]").click();
		browser.waitUntil(driver -> browser.path().startsWith("/report/"));
		String receipt = browser.waitFor("#receipt-number").getText();
		String citizen = browser.driver().getWindowHandle();
		CaseDetails reported = byReceipt(receipt);
		assertThat(reported.assignee().unitCode()).isEqualTo(GRID);

		browser.driver().switchTo().window(pool);
		browser.waitUntil(driver -> driver.findElements(By.cssSelector("tr[data-id='" + reported.id().value() + "']"))
			.size() == 1);
		browser.waitUntil(driver -> Integer.parseInt(browser.find("#case-map").getAttribute("data-markers"))
				== markersBefore + 1);
		assertThat((Long) browser.script("return CityOps.caseStream.received")).isPositive();
		browser.driver().close();
		browser.driver().switchTo().window(citizen);

		browser.driver().manage().deleteAllCookies();
		String task = "li.task[data-case='" + reported.id().value() + "']";
		browser.phone().logIn("grid").open("/my/tasks");
		browser.waitFor(task);
		tap(browser, task, "sign");
		tap(browser, task, "contact");
		ChromeDriver chrome = (ChromeDriver) browser.driver();
		try {
			chrome.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
			chrome.executeCdpCommand("Emulation.setGeolocationOverride",
					Map.of("latitude", reported.lat(), "longitude", reported.lng(), "accuracy", 10));
			tap(browser, task, "arrive");
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
		}
		browser.find(task + " form[data-action=handle] textarea[name=note]").sendKeys("已疏通排水沟，清出淤泥两车");
		browser.find(task + " form[data-action=handle] button[type=submit]").click();
		browser.waitUntil(driver -> cases.state(reported) == CaseState.HANDLED);

		cases.cases().act(reported.id(), CaseAction.VERIFY,
				new ActionInput(null, null, List.of(), null, null, true, null, null, null, null), cases.actor("dispatcher"));
		cases.cases().act(reported.id(), CaseAction.CLOSE, new ActionInput(null, null, List.of(), null, null, null, null,
				null, null, new ActionInput.Feedback(true, "已回访")), cases.actor("dispatcher"));

		browser.driver().manage().deleteAllCookies();
		browser.open("/report/" + receipt);
		browser.waitUntil(driver -> browser.find("#rating").isDisplayed());
		assertThat(browser.find("#timeline").getText()).contains("签收", "到场", "处置", "结案");
		browser.find("#satisfaction-4").click();
		browser.find("#phoneLast4").sendKeys("6789");
		browser.find("#rating-form button[type=submit]").click();
		browser.waitUntil(driver -> "EVALUATED".equals(browser.find("#status").getAttribute("data-state")));
		assertThat(cases.find(reported).satisfaction()).isEqualTo(4);
		browser.script("window.scrollTo(0, 0)");
		browser.screenshot("citizen-follow-rated-phone");
	}

	private CaseDetails byReceipt(String receipt) {
		String id = search.search(new CaseFilter(null, null, null, null, null, receipt, null, false, null), 0, 1)
			.cases().get(0).id().value();
		return cases.cases().find(new CaseId(id)).orElseThrow();
	}

	private static void tap(Browser browser, String task, String action) {
		String button = task + " form[data-action=" + action + "] button[type=submit]";
		browser.find(button).click();
		browser.waitUntil(driver -> driver.findElements(By.cssSelector(button)).isEmpty()
				&& !driver.findElements(By.cssSelector(".message.info")).isEmpty());
	}
}
