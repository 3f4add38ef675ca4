package org.cityops.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cityops.geo.Position;

/**
 * A report about to enter the case pool, already checked by the channel that took it.
 *
 * @param channel where it came in
 * @param categoryCode the minor class, {@code null} when the channel could not tell (the centre
 * categorises it by hand)
 * @param description what happened, in the reporter's words
 * @param position where (WGS84), {@code null} when only an address is known
 * @param address the address as given
 * @param reportedAt when the reporter reported it
 * @param reporter who reported it
 * @param source the originating system and its id, {@code null} when there is none
 * @param attachments references to photos or files (URLs or stored file ids)
 * @param urgent whether it is an urgent case (紧急件)
 * @param tags tags the channel or triage attached, each {@code name} or {@code name:reason}
 */
public record NewCase(Channel channel, String categoryCode, String description, Position position, String address,
		Instant reportedAt, Reporter reporter, Source source, List<String> attachments, boolean urgent,
		Set<String> tags) {

	public NewCase {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
		tags = tags == null ? Set.of() : Set.copyOf(tags);
		reporter = reporter == null ? Reporter.ANONYMOUS : reporter;
	}
}
