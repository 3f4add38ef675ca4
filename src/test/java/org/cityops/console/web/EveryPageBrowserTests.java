package org.cityops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.cityops.console.Browser;
import org.cityops.console.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;

/**
 * Every page each role's menu leads to, at a phone's 360 px and at a desktop's width, in Chinese and
 * in English: the page loads without an error, nothing is wider than the screen, the menu marks the
 * page as current, and the keyboard reaches the page's content through the skip link.
 */
@BrowserTest
class EveryPageBrowserTests {

	@ParameterizedTest
	@ValueSource(strings = { "dispatcher", "grid", "handler", "leader", "supervisor", "dutyps", "prosecutor",
			"citizen", "admin" })
	void everyMenuPageFitsAPhoneAndADesktopInBothLanguages(String account, Browser browser) {
		browser.phone().logIn(account);
		List<String> pages = new ArrayList<>();
		for (WebElement link : browser.findAll(".main-menu a")) {
			String href = link.getDomProperty("pathname");
			if (!href.startsWith("/v3/")) {
				pages.add(href);
			}
		}
		assertThat(pages).as("the menu of " + account).isNotEmpty();

		for (String page : pages) {
			for (String language : List.of("zh", "en")) {
				browser.phone().open(page + "?lang=" + language);
				browser.waitFor("main h1");
				String where = account + " on " + page + " (" + language + ")";
				assertThat(browser.findAll(".error-page")).as(where).isEmpty();
				assertThat(browser.script("return document.documentElement.lang")).as(where)
					.asString().startsWith(language);
				assertThat(browser.script("return document.documentElement.scrollWidth")).as(where + " at 360 px")
					.isEqualTo(360L);
				assertThat(browser.find(".main-menu a[aria-current=page]").getDomProperty("pathname")).as(where)
					.isEqualTo(page);
				browser.desktop();
				assertThat((Long) browser.script("return document.documentElement.scrollWidth")).as(where + " on a desktop")
					.isLessThanOrEqualTo(1366L);
			}
			browser.tabTo("a.skip-link, a[href='#main']", 3);
		}
	}
}
