package org.cityops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.cityops.console.ConsoleSession;
import org.cityops.directory.DemoPlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console over HTTP, without a browser: login, language, menu by role, the tree and grid
 * fragments, the error page.
 */
@DemoPlatformTest
class ConsoleIntegrationTests {

	private static final Pattern TREE_ITEM = Pattern.compile("<li class=\"tree-item\"");

	@LocalServerPort
	int port;

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() {
		HttpResponse<String> home = ConsoleSession.anonymous(port).get("/");

		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
	}

	@Test
	void speaksChineseEvenToEnglishBrowsersUntilEnglishIsChosen() {
		ConsoleSession visitor = ConsoleSession.anonymous(port);

		HttpResponse<String> chinese = visitor.get("/login", "en-US,en;q=0.9");
		HttpResponse<String> english = visitor.get("/login?lang=en");
		HttpResponse<String> remembered = visitor.get("/login");

		assertThat(chinese.body()).contains("lang=\"zh-CN\"", "用户名", "城市运行一网统管");
		assertThat(english.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("cityops-lang=en"));
		assertThat(english.body()).contains("lang=\"en\"", "Username");
		assertThat(remembered.body()).contains("Username");
	}

	@Test
	void ignoresLanguagesItDoesNotSpeak() {
		HttpResponse<String> page = ConsoleSession.anonymous(port).get("/login?lang=fr");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"zh-CN\"", "用户名");
	}

	@Test
	void showsTheDivisionTreeWithLonggangsPlaceholderAfterLogin() {
		String home = ConsoleSession.loggedIn(port, "dispatcher").get("/").body();

		assertThat(home).contains("温州市", "龙港市", "330383198", "统计占位，非实际乡镇", "id=\"map\"");
		assertThat(TREE_ITEM.matcher(home).results().count()).as("city, 12 counties, Longgang's placeholder")
				.isEqualTo(1 + 12 + 1);
	}

	@Test
	void opensTheTreeOneLevelAtATimeDownToLonggangsGrids() {
		ConsoleSession dispatcher = ConsoleSession.loggedIn(port, "dispatcher");

		String communities = dispatcher.get("/console/areas/330383198/children").body();
		String grids = dispatcher.get("/console/areas/330383198001/children").body();

		assertThat(TREE_ITEM.matcher(communities).results().count()).isEqualTo(103);
		assertThat(communities).contains("金钗河社区", "hx-get=\"/console/areas/330383198001/children\"");
		assertThat(grids).contains("330383198001-G01", "data-level=\"GRID\"").doesNotContain("hx-get");
	}

	@Test
	void showsAGridsTeamOnlyToStaffOfItsArea() {
		String forDispatcher = ConsoleSession.loggedIn(port, "dispatcher").get("/console/grids/330383198001-G01").body();
		String forCitizen = ConsoleSession.loggedIn(port, "citizen").get("/console/grids/330383198001-G01").body();

		assertThat(forDispatcher).contains("金钗河社区", "网格团队", "/api/directory/grids/330383198001-G01/staff");
		assertThat(forCitizen).contains("金钗河社区", "网格人员仅对本区域的工作人员可见").doesNotContain("网格团队");
	}

	@Test
	void answersBadAndUnknownCodesWithClientErrors() {
		ConsoleSession dispatcher = ConsoleSession.loggedIn(port, "dispatcher");

		HttpResponse<String> malformed = dispatcher.get("/console/areas/33x/children");
		HttpResponse<String> unknown = dispatcher.get("/console/grids/330383198001-G99");

		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("请求未能完成");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("页面不存在");
	}

	@Test
	void showsMenuEntriesByRole() {
		String forAdministrator = ConsoleSession.loggedIn(port, "admin").get("/").body();
		String forCitizen = ConsoleSession.loggedIn(port, "citizen").get("/").body();

		assertThat(forAdministrator).contains("href=\"/v3/api-docs\"", "系统管理员", "退出登录");
		assertThat(forCitizen).contains("一张图", "市民", "退出登录").doesNotContain("/v3/api-docs");
	}

	@Test
	void showsUnknownPagesAsAnErrorPageInTheLayout() {
		HttpResponse<String> missing = ConsoleSession.loggedIn(port, "dispatcher").get("/no-such-page?lang=en");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found", "/no-such-page", "class=\"site-header\"", "Log out");
	}
}
