package org.cityops.notification.internal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cityops.notification.OutboundChannel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every outbound channel: the webhook endpoints of {@code cityops.notification.webhook.endpoints} and
 * any {@link OutboundChannel} bean (SMS gateway adapters).
 */
@Component
class OutboundChannels {

	private final List<OutboundChannel> channels;

	OutboundChannels(ObjectProvider<OutboundChannel> adapters, NotificationSettings settings, JsonMapper json,
			Clock clock) {
		List<OutboundChannel> all = new ArrayList<>();
		HttpClient http = HttpClient.newBuilder().connectTimeout(settings.webhook().timeout()).build();
		settings.webhook().endpoints()
				.forEach(endpoint -> all.add(new WebhookChannel(endpoint, settings.webhook().timeout(), http, json, clock)));
		adapters.orderedStream().forEach(all::add);
		this.channels = List.copyOf(all);
	}

	List<OutboundChannel> all() {
		return channels;
	}

	Optional<OutboundChannel> byName(String name) {
		return channels.stream().filter(channel -> channel.name().equals(name)).findFirst();
	}
}
