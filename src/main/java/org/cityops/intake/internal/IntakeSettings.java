package org.cityops.intake.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the intake channels behave ({@code cityops.intake.*}).
 *
 * @param jurisdiction the Open311 {@code jurisdiction_id} this platform serves
 * @param requireJurisdiction whether Open311 calls must name the jurisdiction (a platform may serve a
 * city and its counties, so clients always say which)
 * @param apiKeys keys to register at start-up if missing (the demo profile registers its demo keys)
 * @param alertTypes IoT / AI alert type → minor category code, e.g. {@code crowd-gathering=1601}
 * @param reportsPerClient public reports one client address may send per {@code rateWindow}
 * @param reportsPerPhone public reports one phone number may send per {@code rateWindow}
 * @param rateWindow the window over which the report budgets refill
 * @param evaluationAttempts satisfaction attempts per receipt per day (the phone digits are 4)
 */
@ConfigurationProperties("cityops.intake")
public record IntakeSettings(@DefaultValue("wenzhou") String jurisdiction,
		@DefaultValue("true") boolean requireJurisdiction,
		List<Key> apiKeys,
		Map<String, String> alertTypes,
		@DefaultValue("30") int reportsPerClient,
		@DefaultValue("5") int reportsPerPhone,
		@DefaultValue("PT1H") Duration rateWindow,
		@DefaultValue("5") int evaluationAttempts) {

	public IntakeSettings {
		apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
		alertTypes = alertTypes == null ? Map.of() : Map.copyOf(alertTypes);
	}

	/**
	 * A key to register at start-up.
	 *
	 * @param key the key as clients send it
	 * @param system the app or system it belongs to
	 * @param kind APP (a citizen-facing app: reports are CITIZEN) or SYSTEM (another system: GATEWAY)
	 */
	public record Key(String key, String system, ApiKeys.Kind kind) {
	}
}
