package org.cityops.notification.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.cityops.notification.NotificationKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who is told, how live streams behave and how outbound deliveries are retried
 * ({@code cityops.notification.*}).
 *
 * @param centreUnit the centre whose dispatchers are told when no centre serves the case's area
 * @param channel the PostgreSQL LISTEN/NOTIFY channel that carries new notifications to every node
 * @param stream live streams ({@code GET /api/notifications/stream})
 * @param delivery retries of outbound deliveries
 * @param webhook webhook sinks
 */
@ConfigurationProperties("cityops.notification")
public record NotificationSettings(@DefaultValue("330383-CENTRE") String centreUnit,
		@DefaultValue("cityops_notification") String channel,
		@DefaultValue StreamSettings stream,
		@DefaultValue DeliverySettings delivery,
		@DefaultValue WebhookSettings webhook) {

	/**
	 * @param heartbeat how often an idle stream gets a comment line, so proxies keep it open and dead
	 * clients are noticed
	 * @param timeout how long one stream lives before the client reconnects (browsers do it by themselves)
	 * @param reconnect the reconnection delay suggested to clients
	 * @param replay at most this many missed notifications are sent to a client that reconnects with
	 * {@code Last-Event-ID}
	 */
	public record StreamSettings(@DefaultValue("PT15S") Duration heartbeat, @DefaultValue("PT30M") Duration timeout,
			@DefaultValue("PT3S") Duration reconnect, @DefaultValue("100") int replay) {
	}

	/**
	 * @param maxAttempts attempts before a delivery is given up
	 * @param firstRetry the wait after the first failure; it doubles after each further failure
	 * @param maxBackoff the longest wait between two attempts
	 * @param polling whether this node makes due deliveries (tests turn it off and run them explicitly)
	 * @param pollingInterval how often due deliveries are looked for
	 * @param threads how many deliveries run at once on this node
	 */
	public record DeliverySettings(@DefaultValue("8") int maxAttempts, @DefaultValue("PT30S") Duration firstRetry,
			@DefaultValue("PT1H") Duration maxBackoff, @DefaultValue("true") boolean polling,
			@DefaultValue("PT1S") Duration pollingInterval, @DefaultValue("4") int threads) {

		/** The wait after {@code failures} failed attempts (1 or more). */
		public Duration backoff(int failures) {
			Duration wait = firstRetry;
			for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
				wait = wait.multipliedBy(2);
			}
			return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
		}
	}

	/**
	 * @param endpoints where notifications are posted; none by default
	 * @param timeout how long one post may take
	 */
	public record WebhookSettings(@DefaultValue List<Endpoint> endpoints, @DefaultValue("PT10S") Duration timeout) {
	}

	/**
	 * One webhook sink.
	 *
	 * @param name names the channel {@code webhook:<name>} in delivery records
	 * @param url where JSON bodies are posted
	 * @param secret the HMAC-SHA256 key of the signature header; {@code null} for unsigned posts
	 * @param kinds the kinds of notification it gets; empty for all
	 */
	public record Endpoint(String name, URI url, String secret, @DefaultValue Set<NotificationKind> kinds) {
	}
}
