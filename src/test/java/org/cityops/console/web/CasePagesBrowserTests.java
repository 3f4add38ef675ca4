package org.cityops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.cityops.console.Browser;
import org.cityops.console.BrowserTest;
import org.cityops.console.TestFiles;
import org.cityops.dispatch.AccountabilityRecord;
import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.ResponsibilityLoop;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The case pages in headless Chromium, each role doing its job: the dispatcher filters the pool and
 * opens a case (and sees a new one arrive live), the grid worker works a case on a phone (sign, contact, arrive with the browser's
 * position, handle with a photo), the department handler answers an accountability record, and the
 * centre consults on an escalated case. Saves the screenshots shown in docs/console.md.
 */
@BrowserTest
class CasePagesBrowserTests {

	TestCases cases;

	@Autowired
	ResponsibilityLoop responsibility;

	@Autowired
	void platform(ApplicationContext context) {
		cases = TestCases.of(context);
	}

	@Test
	void dispatcherFiltersThePoolAndOpensACase(Browser browser) {
		String word = "龙港" + UUID.randomUUID().toString().substring(0, 4);
		CaseDetails streetLight = cases.open("330383198005-G01", "0602", word + " 路灯不亮，晚上很黑");
		CaseDetails manhole = cases.open("330383198005-G01", "0601", word + " 井盖破损有人差点踩空");
		cases.cases().act(manhole.id(), CaseAction.SIGN, ActionInput.NONE, cases.actor("admin"));

		browser.logIn("dispatcher").open("/cases");
		browser.waitFor("#case-map[data-ready=true]");
		assertThat(browser.find("main h1").getText()).isEqualTo("案件池");
		browser.screenshot("cases");

		browser.find("#filter-q").sendKeys(word);
		browser.waitUntil(driver -> rows(browser).size() == 2);
		new Select(browser.find("#filter-state")).selectByValue("SIGNED");
		browser.waitUntil(driver -> rows(browser).equals(List.of(manhole.id().value())));
		assertThat(browser.find("#pool-results h2").getText()).isEqualTo("共 1 件");
		browser.waitUntil(driver -> "1".equals(browser.find("#case-map").getAttribute("data-markers")));

		new Select(browser.find("#filter-state")).selectByValue("");
		browser.waitUntil(driver -> rows(browser).size() == 2);
		browser.waitUntil(driver -> Long.valueOf(1).equals(browser.script("return CityOps.caseStream.readyState")));
		CaseDetails reported = cases.open("330383198005-G01", "0603", word + " 路口红绿灯坏了，一直闪黄灯");
		browser.waitUntil(driver -> rows(browser).contains(reported.id().value()));
		browser.waitUntil(driver -> "3".equals(browser.find("#case-map").getAttribute("data-markers")));
		assertThat((Long) browser.script("return CityOps.caseStream.received")).as("told by the live stream")
				.isPositive();
		WebElement heatToggle = browser.findAll(".leaflet-control-layers-overlays label").stream()
			.filter(label -> label.getText().contains("热力")).findFirst().orElseThrow()
			.findElement(org.openqa.selenium.By.tagName("input"));
		heatToggle.click();
		browser.waitUntil(driver -> Boolean.TRUE.equals(browser.script(
				"return CityOps.caseMap.leaflet.hasLayer(CityOps.caseMap.heat)")));
		assertThat(((Number) browser.script("return CityOps.caseMap.perGrid.get('330383198005-G01')")).intValue())
			.as("the heat layer counts the listed cases per grid").isEqualTo(3);
		browser.screenshot("cases-heat");
		heatToggle.click();
		browser.find("tr[data-id='" + streetLight.id().value() + "'] a.case-link").click();

		browser.waitFor(".case-timeline");
		assertThat(browser.path()).isEqualTo("/cases/" + streetLight.id().value());
		assertThat(browser.find(".case-facts").getText()).contains("路灯不亮", "12345热线");
		assertThat(browser.find(".timeline").getText()).contains("上报", "受理", "派遣");
		browser.waitUntil(driver -> browser.find(".countdown").getText().startsWith("剩余"));
		assertThat(browser.findAll("details.action").stream().map(d -> d.getAttribute("data-action")))
				.contains("reassign", "escalate", "suspend", "void").doesNotContain("sign");

		browser.find("details[data-action=void] summary").click();
		browser.find("details[data-action=void] button[type=submit]").click();
		WebElement error = browser.waitFor("details[data-action=void] .field-error[data-field=reason]");
		assertThat(error.getText()).as("in the page's language").contains("作废案件须填写原因");
		assertThat(cases.state(streetLight)).isEqualTo(CaseState.DISPATCHED);
		browser.screenshot("case");
	}

	@Test
	void gridLeaderSearchesThePoolOnAPhone(Browser browser) {
		String word = "网格" + UUID.randomUUID().toString().substring(0, 4);
		CaseDetails own = cases.open("330383198001-G01", "1001", word + " 楼道灯坏了，物业一直不修");

		browser.phone().logIn("gridleader").open("/cases?q=" + word);
		browser.waitFor("#case-map[data-ready=true]");

		assertThat(rows(browser)).containsExactly(own.id().value());
		assertThat(browser.find("#case-map").getAttribute("data-markers")).isEqualTo("1");
		assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(360L);
		browser.screenshot("cases-phone");
	}

	@Test
	void gridWorkerSignsContactsArrivesAndHandlesOnAPhone(Browser browser) throws IOException {
		CaseDetails opened = cases.open("330383198001-G01", "0102", "小区门口垃圾堆放，气味很大");
		String task = "li.task[data-case='" + opened.id().value() + "']";
		ChromeDriver chrome = (ChromeDriver) browser.driver();

		browser.phone().logIn("grid").open("/my/tasks");
		assertThat(browser.waitFor(task).getText()).contains("小区门口垃圾堆放", "签收", "剩余");
		assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(360L);
		browser.screenshot("my-tasks-phone");

		tap(browser, task, "sign");
		tap(browser, task, "contact");
		try {
			chrome.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
			chrome.executeCdpCommand("Emulation.setGeolocationOverride",
					Map.of("latitude", opened.lat(), "longitude", opened.lng(), "accuracy", 10));
			tap(browser, task, "arrive");
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
		}
		assertThat(cases.state(opened)).isEqualTo(CaseState.ON_SITE);

		String handle = task + " form[data-action=handle]";
		browser.find(handle + " textarea[name=note]").sendKeys("已清运垃圾，并通知物业加强管理");
		browser.find(handle + " input[type=file]").sendKeys(
				TestFiles.file("not-a-photo.png", "这不是图片".getBytes(StandardCharsets.UTF_8)));
		browser.find(handle + " button[type=submit]").click();
		assertThat(browser.waitFor(handle + " .field-error[data-field=photo]").getText())
				.contains("须为 JPEG、PNG 或 WebP 图片");
		assertThat(cases.state(opened)).isEqualTo(CaseState.ON_SITE);

		browser.find(handle + " input[type=file]").sendKeys(jpeg(7 * 1024 * 1024));
		browser.find(handle + " button[type=submit]").click();
		assertThat(browser.waitFor(handle + " .field-error[data-field=photo]").getText())
				.as("refused by the page before sending").contains("照片不能超过 5 MB");
		assertThat(cases.state(opened)).isEqualTo(CaseState.ON_SITE);

		browser.find(handle + " input[type=file]").sendKeys(TestFiles.photo());
		browser.find(handle + " button[type=submit]").click();
		browser.waitUntil(driver -> cases.state(opened) == CaseState.HANDLED);

		CaseDetails handled = cases.find(opened);
		List<String> actions = handled.timeline().stream().map(entry -> entry.action().name()).toList();
		assertThat(actions).containsSubsequence("SIGN", "CONTACT", "ARRIVE", "HANDLE");
		String photo = handled.timeline().get(handled.timeline().size() - 1).attachments().get(0);
		assertThat(photo).startsWith("/console/attachments/");
		browser.open("/cases/" + opened.id().value());
		assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(360L);
		WebElement thumb = browser.waitFor(".timeline img.thumb");
		browser.waitUntil(driver -> "64".equals(thumb.getDomProperty("naturalWidth")));
	}

	@Test
	void handlerAnswersAnAccountabilityRecord(Browser browser) {
		CaseDetails opened = cases.open("330383198006-G01", "0402", "沿街店铺出店经营，堵住人行道");
		cases.cases().act(opened.id(), CaseAction.REASSIGN, new ActionInput(null, "需执法部门处理", List.of(),
				"330383-ENFORCEMENT", null, null, null, null, null, null), cases.actor("dispatcher"));
		for (CaseAction step : List.of(CaseAction.SIGN, CaseAction.CONTACT, CaseAction.ARRIVE, CaseAction.HANDLE)) {
			cases.cases().act(opened.id(), step, ActionInput.NONE, cases.actor("handler"));
		}
		cases.cases().act(opened.id(), CaseAction.VERIFY, new ActionInput("现场仍有摊位", null, List.of(), null, null,
				false, null, null, null, null), cases.actor("dispatcher"));
		AccountabilityRecord record = responsibility.ofCase(opened.id()).get(0);
		String item = "li.record[data-record='" + record.id() + "']";

		browser.logIn("handler").open("/my/unit");
		assertThat(browser.waitFor(item).getText()).contains("核查未通过", "待答复", opened.id().value());
		assertThat(browser.find("table.queue").getText()).contains(opened.id().value());
		browser.find(item + " textarea[name=answer]").sendKeys("摊主白天复摆，已安排早晚两次巡查并约谈店主");
		browser.find(item + " button[type=submit]").click();

		assertThat(browser.waitFor(".message.info").getText()).contains("已答复记录 " + record.id());
		assertThat(browser.find(item).getText()).contains("已答复，待审核", "已安排早晚两次巡查");
		assertThat(responsibility.ofCase(opened.id()).get(0).state()).isEqualTo("ANSWERED");
		browser.screenshot("unit");
	}

	@Test
	void centreConsultsOnAnEscalatedCaseWithTheDutyTeam(Browser browser) {
		CaseDetails opened = cases.escalated("330383198007-G01", "0303", "河道边违建棚屋，涉及多个部门",
				"涉及执法、住建多个部门，需会商");
		String item = "li.escalated-case[data-case='" + opened.id().value() + "']";

		browser.logIn("dispatcher").open("/escalations");
		assertThat(browser.waitFor(item).getText()).contains("河道边违建棚屋", "涉及执法、住建多个部门");
		browser.find(item + " summary").click();
		assertThat(browser.findAll(item + " input[name=participants]:checked")).as("the duty team, ticked").hasSize(3);
		browser.script("window.scrollTo(0, 0)");
		browser.screenshot("escalations");
		browser.find(item + " button[type=submit]").click();
		assertThat(browser.waitFor(item + " .field-error[data-field=decision]").isDisplayed()).isTrue();
		assertThat(cases.state(opened)).isEqualTo(CaseState.ESCALATED);

		browser.find(item + " textarea[name=decision]").sendKeys("执法局主办，住建局协办，三日内拆除");
		browser.find(item + " input[name=leadUnit]").sendKeys("330383-ENFORCEMENT");
		browser.find(item + " textarea[name=coUnits]").sendKeys("330383-HOUSING");
		browser.find(item + " button[type=submit]").click();

		browser.waitFor("table.co-work tr[data-id='" + opened.id().value() + "']");
		CaseDetails consulted = cases.find(opened);
		assertThat(consulted.state()).isEqualTo(CaseState.DISPATCHED);
		assertThat(consulted.leadUnit()).isEqualTo("330383-ENFORCEMENT");
		assertThat(consulted.coTasks()).extracting(CaseDetails.CoTask::unitCode).containsExactly("330383-HOUSING");
	}

	@Test
	void centreStartsTheNoiseStandardAndEachUnitClosesItsPartOnAPhone(Browser browser) {
		CaseDetails opened = cases.escalated("330383198007-G01", "0701", "夜里十一点多工地还在打桩，吵得小孩睡不着",
				"夜间施工噪声反复投诉，按噪声一件事处置");
		String id = opened.id().value();
		String item = "li.escalated-case[data-case='" + id + "']";
		String run = "li.run[data-case='" + id + "']";

		browser.logIn("dispatcher").open("/escalations");
		browser.find(item + " details.one-thing-start summary").click();
		assertThat(browser.findAll(item + " select[name=standard] option").stream().map(o -> o.getAttribute("value")))
			.as("the standards that cover construction noise, after the automatic choice").startsWith("", "OT01");
		browser.find(item + " details.one-thing-start button[type=submit]").click();

		assertThat(browser.waitFor(".message.info").getText()).contains("已启动“一件事”标准");
		assertThat(browser.findAll(item)).as("no longer waiting for a consultation").isEmpty();
		assertThat(browser.findAll(run + " li.one-thing-task[data-state=OPEN]")).as("four units at once").hasSize(4);
		assertThat(browser.find(run + " .one-thing-progress").getText()).contains("子任务 0/5 已办结", "第 1 步进行中");
		assertThat(browser.find(run + " .one-thing-head").getText()).contains("OT01", "综合行政执法");
		browser.screenshot("escalations-one-thing");

		browser.driver().manage().deleteAllCookies();
		browser.phone().logIn("handler").open("/my/unit");
		String task = run + " li.one-thing-task[data-unit='330383-ENFORCEMENT']";
		assertThat(browser.waitFor(task).getText()).contains("办理中", "剩余");
		assertThat(browser.findAll(run + " form.task-form")).as("only the handler's own part has a form").hasSize(1);
		assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(360L);
		browser.find(task + " button[type=submit]").click();
		assertThat(browser.waitFor(task + " .field-error[data-field=report]").getText())
			.as("next to its field, in the page's language").contains("对照完成标准说明办理情况");
		browser.find(task + " textarea[name=report]").sendKeys("23:30 到场，已责令停止夜间打桩并立案调查");
		browser.find(task + " button[type=submit]").click();
		assertThat(browser.waitFor(".message.info").getText()).contains("子任务已提交");
		assertThat(browser.findAll(run)).as("the unit has no open part left").isEmpty();

		browser.open("/cases/" + id);
		String onCase = ".case-one-thing li.one-thing-task[data-unit='330383-ENFORCEMENT']";
		assertThat(browser.waitFor(onCase).getAttribute("data-state")).isEqualTo("DONE");
		assertThat(browser.find(onCase).getText()).contains("已责令停止夜间打桩");
		assertThat(browser.find(".case-one-thing .one-thing-progress").getText()).contains("子任务 1/5 已办结");
		assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(360L);
		browser.script("document.querySelector('.case-one-thing').scrollIntoView()");
		browser.screenshot("case-one-thing-phone");
	}

	@Test
	void theEscalationDeskUnitPageAndCasePageFitAPhone(Browser browser) {
		CaseDetails opened = cases.escalated("330383198006-G01", "0303", "小区楼顶违建阳光房，邻居多次投诉",
				"涉及住建、执法，需会商");

		browser.phone().logIn("dispatcher").open("/escalations");
		browser.waitFor("li.escalated-case[data-case='" + opened.id().value() + "']");
		assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(360L);
		browser.screenshot("escalations-phone");
		browser.open("/cases/" + opened.id().value());
		browser.waitFor(".case-timeline");
		assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(360L);
		browser.screenshot("case-phone");

		browser.driver().manage().deleteAllCookies();
		browser.phone().logIn("handler").open("/my/unit");
		browser.waitFor("main h1");
		assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(360L);
		browser.screenshot("unit-phone");
	}

	/** Taps a step's button on the task card and waits until the page is back with the step done. */
	private static void tap(Browser browser, String task, String action) {
		String button = task + " form[data-action=" + action + "] button[type=submit]";
		browser.find(button).click();
		browser.waitUntil(driver -> driver.findElements(By.cssSelector(button)).isEmpty()
				&& !driver.findElements(By.cssSelector(".message.info")).isEmpty());
	}

	/** The case ids listed in the pool now (read in one go: htmx may swap the list at any time). */
	@SuppressWarnings("unchecked")
	private static List<String> rows(Browser browser) {
		return (List<String>) browser.script(
				"return Array.from(document.querySelectorAll('#pool-results tr[data-id]')).map(row => row.dataset.id)");
	}


	/** A file that starts like a JPEG, of the given size. */
	private static String jpeg(int size) throws IOException {
		byte[] content = new byte[size];
		content[0] = (byte) 0xFF;
		content[1] = (byte) 0xD8;
		content[2] = (byte) 0xFF;
		return TestFiles.file("large-" + size + ".jpg", content);
	}

}
