/**
 * Notifications: tells the people concerned what happened to their cases — a per-user inbox in the
 * platform, live by server-sent events on every node (fan-out through PostgreSQL LISTEN/NOTIFY), and
 * pluggable outbound channels (a signed webhook sink; SMS gateways as adapters) with durable,
 * retried delivery.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "directory", "dispatch", "sla", "triage" })
package org.cityops.notification;
