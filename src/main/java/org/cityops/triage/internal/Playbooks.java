package org.cityops.triage.internal;

import java.util.List;
import java.util.Map;

import org.cityops.triage.OneThingStandard;

/**
 * The "one thing" standards as read from one version of their file.
 *
 * @param tags the tag vocabulary the triggers may use, tag → meaning
 * @param checksum SHA-256 of the file, hex
 */
public record Playbooks(int version, String checksum, Map<String, String> tags, List<OneThingStandard> standards) {

	public Playbooks {
		tags = Map.copyOf(tags);
		standards = List.copyOf(standards);
	}
}
