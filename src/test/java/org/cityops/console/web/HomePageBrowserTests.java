package org.cityops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.cityops.console.Browser;
import org.cityops.console.BrowserTest;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Position;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console's home page in headless Chromium: log in, the division tree, the grid map, English,
 * a phone screen. Saves the screenshots shown in docs/console.md.
 */
@BrowserTest
class HomePageBrowserTests {

	private static final String MAP_READY = "#map[data-ready=true]";

	@Autowired
	GeoManagement geo;

	@Test
	void asksVisitorsToLogInInChinese(Browser browser) {
		browser.open("/");

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.find("h1").getText()).contains("城市运行");
		browser.screenshot("login");
	}

	@Test
	void saysSoWhenThePasswordIsWrong(Browser browser) {
		browser.open("/login");
		browser.find("#username").sendKeys("dispatcher");
		browser.find("#password").sendKeys("not-the-password");
		browser.find("form button[type=submit]").click();

		assertThat(browser.waitFor(".message.error").getText()).isEqualTo("用户名或密码错误。");
	}

	@Test
	void drawsLonggangsGridsAndTheDivisionTreeAfterLogin(Browser browser) {
		browser.logIn("dispatcher").waitFor(MAP_READY);

		assertThat(browser.path()).isEqualTo("/");
		assertThat(counts(browser)).containsEntry("grids", 469L).containsEntry("microGrids", 3311L)
				.containsEntry("communities", 103L).containsEntry("counties", 12L);
		assertThat(browser.script("return CityOps.map.leaflet.hasLayer(CityOps.map.layers.microGrids)"))
				.as("micro-grids wait until the map is zoomed in").isEqualTo(false);
		assertThat(texts(browser, ".county-label")).contains("龙港市（近似）", "鹿城区");
		assertThat(browser.find("#map-legend").getText()).contains("龙港市界：近似（推算）", "网格（生成，非官方）", "(469)",
				"(3,311)");
		assertThat(texts(browser, "#area-tree > li > details > ul > li > details > summary .tree-name"))
				.as("counties").hasSize(12).contains("鹿城区", "龙港市");
		assertThat(browser.find("summary[data-code='330383198']").getText()).contains("统计占位，非实际乡镇");
		browser.screenshot("home");
	}

	@Test
	void opensTreeEntriesOnDemandAndMovesTheMapToThem(Browser browser) {
		browser.logIn("dispatcher").waitFor(MAP_READY);

		browser.find("summary[data-code='330383198']").click();
		browser.waitFor("summary[data-code='330383198001']").click();
		browser.waitFor("button[data-code='330383198001-G01']").click();

		WebElement card = browser.waitFor(".leaflet-popup .grid-card[data-code='330383198001-G01']");
		assertThat(card.getText()).contains("金钗河社区", "网格团队", "网格长");
		assertThat(browser.findAll("summary[data-code^='330383198']")).hasSize(1 + 103);
		assertThat(browser.find("#map-status").getText()).contains("330383198001-G01");
		assertThat(zoom(browser)).isGreaterThanOrEqualTo(14);
		browser.screenshot("home-grid");
	}

	@Test
	void showsAGridsCardWhenTheGridIsClickedOnTheMap(Browser browser) {
		Position inside = geo.grid("330383198002-G02").orElseThrow().centroid();
		browser.logIn("dispatcher").waitFor(MAP_READY);
		browser.script("CityOps.map.leaflet.setView([arguments[0], arguments[1]], 16, { animate: false })",
				inside.lat(), inside.lng());

		// Click the centroid itself: its offset from the centre of the map element, as Leaflet places it.
		@SuppressWarnings("unchecked")
		List<Number> offset = (List<Number>) browser.script("var map = CityOps.map.leaflet;"
				+ " var point = map.latLngToContainerPoint([arguments[0], arguments[1]]);"
				+ " var size = map.getSize(); return [point.x - size.x / 2, point.y - size.y / 2];",
				inside.lat(), inside.lng());
		new Actions(browser.driver())
			.moveToElement(browser.find("#map"), offset.get(0).intValue(), offset.get(1).intValue())
			.click()
			.perform();

		WebElement card = browser.waitFor(".leaflet-popup .grid-card");
		assertThat(card.getAttribute("data-code")).isEqualTo("330383198002-G02");
		assertThat(card.getText()).contains("龙城社区");
		assertThat(browser.script("return CityOps.map.leaflet.hasLayer(CityOps.map.layers.microGrids)"))
				.as("micro-grids shown when zoomed in").isEqualTo(true);
	}

	@Test
	void switchesToEnglishAndKeepsIt(Browser browser) {
		browser.logIn("dispatcher").waitFor(MAP_READY);

		browser.find(".language-switch a[data-lang=en]").click();
		browser.waitUntil(driver -> "en".equals(browser.find("html").getAttribute("lang")));
		browser.waitFor(MAP_READY);

		assertThat(browser.find(".main-menu").getText()).isEqualTo("One map\nCase pool\nEscalations");
		assertThat(browser.find("#map-legend").getText()).contains("Longgang boundary: approximate (derived)",
				"Grids (generated, not official)");
		assertThat(texts(browser, ".county-label")).contains("龙港市 (approximate)");
		assertThat(browser.find("summary[data-code='330383198']").getText())
				.contains("NBS placeholder, not a real township");
		browser.screenshot("home-en");

		browser.open("/");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		browser.find(".language-switch a[data-lang=zh]").click();
		browser.waitUntil(driver -> "zh-CN".equals(browser.find("html").getAttribute("lang")));
	}

	@Test
	void fitsAPhoneScreenWithoutSidewaysScrollingOrJumps(Browser browser) {
		browser.phone().logIn("grid");
		Map<?, ?> treeBeforeTheMapData = rectangle(browser, "#area-tree");
		browser.waitFor(MAP_READY);

		assertThat(browser.script("return document.documentElement.scrollWidth")).isEqualTo(360L);
		Map<?, ?> map = rectangle(browser, "#map");
		Map<?, ?> tree = rectangle(browser, "#area-tree");
		assertThat(tree).as("nothing moves when the map data arrive").isEqualTo(treeBeforeTheMapData);
		assertThat(((Number) map.get("width")).doubleValue()).isGreaterThan(320);
		assertThat(((Number) map.get("height")).doubleValue()).isGreaterThan(280);
		assertThat(((Number) tree.get("top")).doubleValue()).as("tree below the map")
				.isGreaterThan(((Number) map.get("bottom")).doubleValue());
		browser.screenshot("home-phone");
	}

	@Test
	void reachesMenuLanguageUserMenuMapAndTreeByKeyboard(Browser browser) {
		browser.logIn("dispatcher").waitFor(MAP_READY);

		List<String> focused = browser.tabTo("summary[data-code='330383198']", 60);
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);

		// skip link, product name, the dispatcher's three menu entries, 中文, English, the user menu, the map
		// (arrow keys pan it)
		assertThat(focused).startsWith("a.skip-link", "a.brand", "a", "a", "a", "a", "a", "summary", "div#map.map");
		browser.waitFor("summary[data-code='330383198001']");
		assertThat(browser.find("details:has(> summary[data-code='330383198'])").getAttribute("open")).isNotNull();
	}

	@Test
	void logsOutFromTheUserMenu(Browser browser) {
		browser.logIn("leader");

		browser.find(".user-menu summary").click();
		browser.waitFor(".user-menu-panel button").click();

		browser.waitFor(".message.info");
		assertThat(browser.path()).isEqualTo("/login?logout");
		browser.open("/");
		assertThat(browser.path()).isEqualTo("/login");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Long> counts(Browser browser) {
		return (Map<String, Long>) browser.script("return CityOps.map.counts");
	}

	private static long zoom(Browser browser) {
		return ((Number) browser.script("return CityOps.map.leaflet.getZoom()")).longValue();
	}

	private static Map<?, ?> rectangle(Browser browser, String cssSelector) {
		return (Map<?, ?>) browser.script("return document.querySelector(arguments[0]).getBoundingClientRect().toJSON()",
				cssSelector);
	}

	private static List<String> texts(Browser browser, String cssSelector) {
		return browser.findAll(cssSelector).stream().map(element -> element.getDomProperty("textContent").strip())
				.toList();
	}
}
