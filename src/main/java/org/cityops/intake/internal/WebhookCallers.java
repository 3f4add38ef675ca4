package org.cityops.intake.internal;

import java.util.Set;

import org.cityops.directory.Role;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who calls the alert and gateway webhooks: a system with its API key (header {@code X-Api-Key}),
 * which may report only as itself, or a logged-in dispatcher or administrator relaying for any.
 */
@Component
public class WebhookCallers {

	public static final String HEADER = "X-Api-Key";

	private final ApiKeys keys;
	private final CurrentActor actors;

	WebhookCallers(ApiKeys keys, CurrentActor actors) {
		this.keys = keys;
		this.actors = actors;
	}

	/**
	 * @param actor who the timeline names as reporting
	 * @param system the key's system, {@code null} for staff (who may name any system)
	 */
	public record Caller(Actor actor, String system) {

		/** Refuses a caller reporting in another system's name. */
		public void mayReportAs(String reported) {
			if (system != null && !system.equals(reported)) {
				throw new IntakeRefusal(HttpStatus.FORBIDDEN, HEADER,
						"this key belongs to " + system + " and may not report for " + reported);
			}
		}
	}

	public Caller of(String apiKey, Authentication user) {
		if (apiKey != null && !apiKey.isBlank()) {
			ApiKeys.ApiKey key = keys.find(apiKey).orElseThrow(
					() -> new IntakeRefusal(HttpStatus.UNAUTHORIZED, HEADER, "is not a valid API key"));
			if (key.kind() != ApiKeys.Kind.SYSTEM) {
				throw new IntakeRefusal(HttpStatus.FORBIDDEN, HEADER, "an app key may report through Open311 only");
			}
			return new Caller(new Actor("key:" + key.system(), null, null, Set.of()), key.system());
		}
		if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
			throw new IntakeRefusal(HttpStatus.UNAUTHORIZED, HEADER,
					"send the system's API key, or log in as a dispatcher");
		}
		Actor actor = actors.of(user);
		if (!actor.has(Role.DISPATCHER) && !actor.has(Role.ADMINISTRATOR)) {
			throw new IntakeRefusal(HttpStatus.FORBIDDEN, "role",
					"only dispatchers and administrators relay for other systems");
		}
		return new Caller(actor, null);
	}
}
