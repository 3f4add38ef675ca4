package org.cityops.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cityops.directory.demo.DemoAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headless browser as a test uses it: open console pages, log in through the real form, wait
 * for what a user would wait for, run a script, resize to a phone and take screenshots for the docs.
 * Every test method gets it with no cookies and a desktop viewport.
 */
public final class Browser {

	/** Where screenshots go (committed: docs/console.md shows them). */
	public static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", ".")).resolve("docs/screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final ChromeDriver driver;
	private final String baseUrl;

	Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public WebDriver driver() {
		return driver;
	}

	/** Opens a page of the platform, e.g. {@code /} or {@code /login?lang=en}. */
	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	/** Logs in through the login form as a demo account and waits for the page it leads to. */
	public Browser logIn(String username) {
		open("/login");
		WebElement name = driver.findElement(By.name("username"));
		name.clear();
		name.sendKeys(username);
		driver.findElement(By.name("password")).sendKeys(DemoAccounts.PASSWORD);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(browser -> !path().startsWith("/login"));
		return this;
	}

	/** The path (and query) of the page shown now. */
	public String path() {
		String url = driver.getCurrentUrl();
		return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
	}

	public WebElement find(String cssSelector) {
		return driver.findElement(By.cssSelector(cssSelector));
	}

	public List<WebElement> findAll(String cssSelector) {
		return driver.findElements(By.cssSelector(cssSelector));
	}

	/** Waits (up to 30 s) for an element to be visible. */
	public WebElement waitFor(String cssSelector) {
		return new WebDriverWait(driver, PATIENCE)
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
	}

	/** Waits (up to 30 s) until the condition answers something other than {@code null} or {@code false}. */
	public <T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, PATIENCE).until(condition);
	}

	/** Runs JavaScript in the page ({@code return ...} to get a value back). */
	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/**
	 * Presses Tab (from the top of the page) until the element is focused, as a keyboard user would.
	 *
	 * @return what got the focus on the way, as {@code tag#id.class}, the element last
	 * @throws AssertionError when the element is not reached within {@code maxTabs}
	 */
	public List<String> tabTo(String cssSelector, int maxTabs) {
		script("document.activeElement.blur(); window.scrollTo(0, 0);");
		List<String> visited = new ArrayList<>();
		for (int i = 0; i < maxTabs; i++) {
			new Actions(driver).sendKeys(Keys.TAB).perform();
			visited.add((String) script("""
					const at = document.activeElement;
					return at.tagName.toLowerCase() + (at.id ? '#' + at.id : '')
					    + (typeof at.className === 'string' && at.className ? '.' + at.className.split(' ')[0] : '');"""));
			if (Boolean.TRUE.equals(script("return document.activeElement.matches(arguments[0])", cssSelector))) {
				return visited;
			}
		}
		throw new AssertionError(cssSelector + " not reached in " + maxTabs + " tabs: " + visited);
	}

	/** A desktop screen: 1366 × 900 CSS pixels. */
	public Browser desktop() {
		return viewport(1366, 900, false);
	}

	/** A phone screen: 360 × 740 CSS pixels, mobile (the page's viewport meta applies). */
	public Browser phone() {
		return viewport(360, 740, true);
	}

	/** Sets the page's viewport exactly (the window's own size would include browser chrome). */
	public Browser viewport(int width, int height, boolean mobile) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
		return this;
	}

	/** Saves what the viewport shows as {@code docs/screenshots/<name>.png}, replacing an older one. */
	public Path screenshot(String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not save screenshot " + file, e);
		}
	}

	/** Forgets the previous test: no cookies (so nobody is logged in), a blank page, a desktop viewport. */
	void reset() {
		driver.get(baseUrl + "/login");
		driver.manage().deleteAllCookies();
		driver.get("about:blank");
		desktop();
	}
}
