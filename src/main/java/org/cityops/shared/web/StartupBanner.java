package org.cityops.shared.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the platform where the console is, once it is ready.
 */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final List<StartupNote> notes;

	StartupBanner(List<StartupNote> notes) {
		this.notes = notes;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce(ApplicationReadyEvent ready) {
		Environment environment = ready.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder more = new StringBuilder();
		notes.stream().flatMap(note -> note.lines().stream()).forEach(line -> more.append("  ").append(line).append('\n'));
		log.info("""

				  CityOps is ready.
				  Console:  http://localhost:{}/
				  API docs: http://localhost:{}/v3/api-docs
				{}""", port, port, more);
	}
}
