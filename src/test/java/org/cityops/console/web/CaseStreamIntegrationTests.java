package org.cityops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.cityops.console.ConsoleSession;
import org.cityops.directory.HttpApi.Answer;
import org.cityops.dispatch.CaseApi;
import org.cityops.dispatch.CasePoolTest;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.notification.EventStreamClient;
import org.cityops.notification.EventStreamClient.Event;
import org.cityops.shared.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pool page's live stream: a console page hears of a new case and of the state the intake left
 * it in, after the intake committed.
 */
@CasePoolTest
class CaseStreamIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final CaseApi api;
	private final Grid microGrid;
	private final int port;

	@Autowired
	CaseStreamIntegrationTests(@LocalServerPort int port, MutableClock clock, GeoManagement geo) {
		this.port = port;
		this.api = new CaseApi(port, clock);
		this.microGrid = geo.microGrids("330383198001-G02").get(0);
	}

	@Test
	void tellsOpenPagesOfANewCaseAndTheStateItWasLeftIn() throws Exception {
		try (EventStreamClient stream = EventStreamClient.openWithCookies(port, "/console/cases/stream",
				ConsoleSession.loggedIn(port, "dispatcher").cookieHeader())) {
			assertThat(stream.contentType()).startsWith("text/event-stream");

			Answer opened = api.post("/api/cases", "dispatcher",
					api.report("HOTLINE", "0101", microGrid.centroid(), "小区门口的垃圾桶满了好几天没人清运"));
			assertThat(opened.status()).as(opened.body()).isEqualTo(201);
			String id = opened.json().get("id").asString();
			String state = opened.json().get("state").asString();

			Event reported = stream.next(event -> event.name().equals("case") && event.data().contains(id), WAIT);
			assertThat(api.json(reported.data()).get("state").asString()).isEqualTo("REPORTED");
			Event last = reported;
			while (!api.json(last.data()).get("state").asString().equals(state)) {
				last = stream.next(event -> event.name().equals("case") && event.data().contains(id), WAIT);
			}
			assertThat(api.json(last.data()).get("id").asString()).isEqualTo(id);
		}
	}
}
