package org.cityops.triage.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cityops.triage.OneThingStandard;
import org.cityops.triage.OneThingStandards;
import org.springframework.stereotype.Component;

/**
 * The "one thing" standards of the {@link StoredCatalogue}.
 */
@Component
class StoredStandards implements OneThingStandards {

	private final StoredCatalogue catalogue;

	StoredStandards(StoredCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public List<OneThingStandard> all() {
		return catalogue.standards();
	}

	@Override
	public Optional<OneThingStandard> byCode(String code) {
		return all().stream().filter(standard -> standard.code().equals(code)).findFirst();
	}

	@Override
	public List<OneThingStandard> triggeredBy(String categoryCode, Set<String> tags) {
		return all().stream().filter(standard -> standard.triggeredBy(categoryCode, tags)).toList();
	}

	@Override
	public List<OneThingStandard> covering(String categoryCode) {
		return all().stream().filter(standard -> standard.covers(categoryCode)).toList();
	}
}
