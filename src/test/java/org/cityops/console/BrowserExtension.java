package org.cityops.console;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs {@link BrowserTest}s: skips them with a clear message where no Chromium is installed (unless
 * {@code CITYOPS_BROWSER_TESTS=required}, then they fail), starts one headless Chromium for the
 * whole test run, and hands each test method a {@link Browser} with no cookies, a desktop-sized
 * viewport and the platform's address.
 */
class BrowserExtension implements ExecutionCondition, ParameterResolver, BeforeEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return Chromium.configured().missing()
				.filter(reason -> !"required".equalsIgnoreCase(System.getenv("CITYOPS_BROWSER_TESTS")))
				.map(reason -> ConditionEvaluationResult.disabled("Browser tests skipped: " + reason))
				.orElseGet(() -> ConditionEvaluationResult.enabled("headless Chromium is installed"));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		browser(context).reset();
	}

	private static Browser browser(ExtensionContext context) {
		Chromium.Session session = context.getRoot().getStore(NAMESPACE)
				.computeIfAbsent(Chromium.Session.class, type -> start(), Chromium.Session.class);
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		return new Browser(session.driver(), "http://localhost:" + port);
	}

	private static Chromium.Session start() {
		Chromium chromium = Chromium.configured();
		chromium.missing().ifPresent(reason -> {
			throw new IllegalStateException("Browser tests required but " + reason);
		});
		return chromium.start();
	}
}
