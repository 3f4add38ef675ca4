package org.cityops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cityops.console.ConsoleSession;
import org.cityops.directory.DemoPlatformTest;
import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The case pages over HTTP without a browser: who sees which page, filters, the map's markers, and
 * action forms that go through dispatch's rules and come back with the problem next to its field.
 */
@DemoPlatformTest
class CasePagesIntegrationTests {

	@LocalServerPort
	int port;

	TestCases cases;

	@Autowired
	void platform(ApplicationContext context) {
		cases = TestCases.of(context);
	}

	@Test
	void namesTagsInThePagesLanguageWithTheirReasons() {
		String word = "标签" + UUID.randomUUID().toString().substring(0, 6);
		CaseDetails opened = cases.open("330383198004-G01", "0502", word + " 地下车库进水了，有人被困在车里", Set.of(
				"REPEAT:same category 0502 from the same reporter or within 100 m in 30 days: C1", "RISK_LIFE:the text says “被困”"));
		ConsoleSession dispatcher = ConsoleSession.loggedIn(port, "dispatcher");

		String pool = dispatcher.get("/cases?tag=REPEAT&q=" + encode(word)).body();
		String page = dispatcher.get("/cases/" + opened.id().value()).body();

		assertThat(pool).contains(opened.id().value(), ">重复投诉<", ">人身安全<", "title=\"same category 0502");
		assertThat(page).contains(">重复投诉<", "same category 0502 from the same reporter", ">人身安全<");
		assertThat(dispatcher.get("/cases?tag=URGENT&q=" + encode(word)).body()).doesNotContain(opened.id().value());
	}

	@Test
	void listsAndFiltersThePoolForTheDispatcher() {
		String word = "池测" + UUID.randomUUID().toString().substring(0, 6);
		CaseDetails opened = cases.open("330383198004-G01", "0201", word + " 店招松动");
		ConsoleSession dispatcher = ConsoleSession.loggedIn(port, "dispatcher");

		HttpResponse<String> page = dispatcher.get("/cases?q=" + encode(word));
		HttpResponse<String> other = dispatcher.get("/cases/results?q=" + encode(word) + "&state=CLOSED");
		String markers = dispatcher.get("/console/cases.geojson?q=" + encode(word)).body();

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("案件池", opened.id().value(), "共 1 件", "id=\"case-map\"");
		assertThat(other.body()).contains("没有符合条件的案件").doesNotContain(opened.id().value());
		assertThat(markers).contains("\"id\":\"" + opened.id().value() + "\"", "\"group\":\"working\"", "Point");
	}

	@Test
	void speaksEnglishWhenAsked() {
		CaseDetails opened = cases.open("330383198004-G01", "0702", "Loud music from the bar downstairs every night");
		ConsoleSession dispatcher = ConsoleSession.loggedIn(port, "dispatcher");

		String pool = dispatcher.get("/cases?lang=en").body();
		String page = dispatcher.get("/cases/" + opened.id().value()).body();

		assertThat(pool).contains("Case pool", "Overdue only", "Newest first", "Escalations");
		assertThat(page).contains("Timeline", "What you can do", "Reassign", "12345 hotline");
	}

	@Test
	void keepsCitizensOffTheCasePages() {
		ConsoleSession citizen = ConsoleSession.loggedIn(port, "citizen");

		assertThat(citizen.get("/cases").statusCode()).isEqualTo(403);
		assertThat(citizen.get("/my/tasks").statusCode()).isEqualTo(403);
		assertThat(citizen.get("/escalations").statusCode()).isEqualTo(403);
	}

	@Test
	void showsTheCaseWithTheFormsOfTheActionsTheUserMayTake() {
		CaseDetails opened = cases.open("330383198001-G01", "0202", "小广告贴满电线杆");
		String path = "/cases/" + opened.id().value();

		String forDispatcher = ConsoleSession.loggedIn(port, "dispatcher").get(path).body();
		String forWorker = ConsoleSession.loggedIn(port, "grid").get(path).body();

		assertThat(forDispatcher).contains("全过程记录", "小广告贴满电线杆", "data-action=\"reassign\"",
				"data-action=\"void\"", "class=\"countdown\"").doesNotContain("data-action=\"sign\"");
		assertThat(forWorker).contains("data-action=\"sign\"", "data-action=\"return\"")
				.doesNotContain("data-action=\"void\"");
	}

	@Test
	void showsTheProblemNextToItsFieldAndChangesNothing() {
		CaseDetails opened = cases.open("330383198004-G01", "0301", "工地围挡倒了，泥浆流到路上");
		String path = "/cases/" + opened.id().value();
		ConsoleSession dispatcher = ConsoleSession.loggedIn(port, "dispatcher");

		HttpResponse<String> posted = dispatcher.postForm(path, path + "/actions/void", Map.of("reason", " "));
		String page = dispatcher.get(path).body();

		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith(path);
		assertThat(page).contains("data-field=\"reason\"", "作废案件须填写原因");
		assertThat(cases.state(opened)).isEqualTo(CaseState.DISPATCHED);

		dispatcher.get(path + "?lang=en");
		dispatcher.postForm(path, path + "/actions/void", Map.of("reason", " "));
		assertThat(dispatcher.get(path).body()).as("in the language the user chose")
			.contains("data-field=\"reason\"", "is required to void a case");
		dispatcher.get(path + "?lang=zh");

		dispatcher.postForm(path, path + "/actions/void", Map.of("reason", "重复上报，已在另一件中处理"));
		assertThat(cases.state(opened)).isEqualTo(CaseState.VOIDED);
		assertThat(dispatcher.get(path).body()).contains("已作废。").doesNotContain("data-field=\"reason\"");
	}

	@Test
	void letsTheGridWorkerSignFromTheTaskList() {
		CaseDetails opened = cases.open("330383198001-G01", "0101", "垃圾桶满溢");
		ConsoleSession worker = ConsoleSession.loggedIn(port, "grid");
		assertThat(worker.get("/my/tasks").body()).contains(opened.id().value(), "签收");

		HttpResponse<String> signed = worker.postForm("/my/tasks", "/cases/" + opened.id().value() + "/actions/sign",
				Map.of("returnTo", "/my/tasks"));

		assertThat(signed.headers().firstValue("Location").orElseThrow()).endsWith("/my/tasks");
		assertThat(cases.state(opened)).isEqualTo(CaseState.SIGNED);
	}

	@Test
	void refusesAPhotoOverFiveMegabytesNextToThePhotoField() {
		CaseDetails opened = cases.open("330383198001-G01", "0302", "绿化带里有人倒了建筑垃圾");
		for (CaseAction step : List.of(CaseAction.SIGN, CaseAction.CONTACT, CaseAction.ARRIVE)) {
			cases.cases().act(opened.id(), step, ActionInput.NONE, cases.actor("grid"));
		}
		ConsoleSession worker = ConsoleSession.loggedIn(port, "grid");
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		large[0] = (byte) 0xFF;
		large[1] = (byte) 0xD8;
		large[2] = (byte) 0xFF;

		HttpResponse<String> posted = worker.postMultipart("/my/tasks", "/cases/" + opened.id().value()
				+ "/actions/handle", Map.of("returnTo", "/my/tasks", "note", "已清理"), "photo", "large.jpg",
				"image/jpeg", large);

		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(worker.get("/my/tasks").body()).contains("data-field=\"photo\"", "照片不能超过 5 MB");
		assertThat(cases.state(opened)).isEqualTo(CaseState.ON_SITE);
		assertThat(cases.find(opened).timeline()).extracting(entry -> entry.action()).doesNotContain(CaseAction.HANDLE);
	}

	@Test
	void showsTheDepartmentsQueueAndTheEscalationDesk() {
		CaseDetails opened = cases.open("330383198004-G01", "0701", "建筑工地夜间施工噪音扰民");
		cases.cases().act(opened.id(), CaseAction.REASSIGN, new ActionInput(null, "需执法部门处理", List.of(),
				"330383-ENFORCEMENT", null, null, null, null, null, null), cases.actor("dispatcher"));
		ConsoleSession handler = ConsoleSession.loggedIn(port, "handler");

		assertThat(handler.get("/my/unit").body()).contains("本单位", "责任追究记录", opened.id().value(),
				"action=\"/cases/" + opened.id().value() + "/actions/sign\"");
		handler.postForm("/my/unit", "/cases/" + opened.id().value() + "/actions/sign", Map.of("returnTo", "/my/unit"));
		assertThat(cases.state(opened)).isEqualTo(CaseState.SIGNED);
		assertThat(ConsoleSession.loggedIn(port, "dispatcher").get("/escalations").body()).contains("提级会商", "今日值班");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
