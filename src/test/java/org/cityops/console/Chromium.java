package org.cityops.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * The installed headless Chromium and its chromedriver: Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} unless {@code CITYOPS_CHROMIUM} / {@code CITYOPS_CHROMEDRIVER} name
 * others. Selenium is given both paths, so it never downloads a browser or driver.
 */
final class Chromium {

	static final String INSTALL_HINT = "install them with 'apt-get install -y chromium chromium-driver' "
			+ "(.ci/run does so in CI), or set CITYOPS_CHROMIUM and CITYOPS_CHROMEDRIVER";

	private final Path browser;
	private final Path driver;

	private Chromium(Path browser, Path driver) {
		this.browser = browser;
		this.driver = driver;
	}

	static Chromium configured() {
		return new Chromium(path("CITYOPS_CHROMIUM", "/usr/bin/chromium"),
				path("CITYOPS_CHROMEDRIVER", "/usr/bin/chromedriver"));
	}

	/** Why the browser cannot run here, or empty when it can. */
	Optional<String> missing() {
		if (Files.isExecutable(browser) && Files.isExecutable(driver)) {
			return Optional.empty();
		}
		return Optional.of("no headless Chromium: " + describe(browser) + ", " + describe(driver) + "; " + INSTALL_HINT);
	}

	/** Starts a fresh headless browser with its own profile directory, removed when it quits. */
	Session start() {
		try {
			Path profile = Files.createTempDirectory("cityops-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(browser.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--hide-scrollbars", "--window-size=1366,900", "--accept-lang=en-US,en",
					"--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
					.usingAnyFreePort().build();
			return new Session(new ChromeDriver(service, options), profile);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not create a Chromium profile directory", e);
		}
	}

	/** A running browser; closing it quits the browser and deletes its profile. */
	record Session(ChromeDriver driver, Path profile) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			try {
				driver.quit();
			}
			finally {
				FileSystemUtils.deleteRecursively(profile);
			}
		}
	}

	private static Path path(String variable, String fallback) {
		String configured = System.getenv(variable);
		return Path.of(StringUtils.hasText(configured) ? configured : fallback);
	}

	private static String describe(Path path) {
		return path + (Files.isExecutable(path) ? " found" : " missing");
	}
}
