package org.cityops.directory.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the reference units in every profile. The catalogue's fingerprint is recorded, so a restart
 * with the same catalogue writes nothing; a changed catalogue (new grids, a renamed unit) is upserted.
 */
@Component
@Order(ReferenceUnitLoader.ORDER)
public class ReferenceUnitLoader implements ApplicationRunner {

	/** Runs late among the startup runners: the divisions and grids must be there first. */
	public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;
	static final String IMPORT = "directory.reference-units";
	private static final Logger log = LoggerFactory.getLogger(ReferenceUnitLoader.class);

	private final ReferenceUnits reference;
	private final Units units;
	private final ImportRecords imports;

	ReferenceUnitLoader(ReferenceUnits reference, Units units, ImportRecords imports) {
		this.reference = reference;
		this.units = units;
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** Loads the catalogue unless the same one is already loaded; answers whether it wrote anything. */
	@Transactional
	public boolean load() {
		ReferenceUnits.Catalogue catalogue = reference.catalogue();
		String fingerprint = fingerprint(catalogue);
		if (imports.isCurrent(IMPORT, fingerprint)) {
			return false;
		}
		units.saveAll(catalogue.units());
		units.saveAliases(catalogue.aliases());
		imports.record(IMPORT, fingerprint, catalogue.units().size());
		log.info("Loaded {} reference units ({} aliases)", catalogue.units().size(), catalogue.aliases().size());
		return true;
	}

	static String fingerprint(ReferenceUnits.Catalogue catalogue) {
		List<String> parts = new ArrayList<>();
		catalogue.units().forEach(unit -> parts.add(unit.toString()));
		parts.add(catalogue.aliases().toString());
		return Sha256.hex(parts);
	}
}
