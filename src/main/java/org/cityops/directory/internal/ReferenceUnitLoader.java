package org.cityops.directory.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference units in every profile while the application starts, before it serves
 * requests (the geography is imported by then: {@code GeoManagement} is ready when injected). The
 * catalogue's fingerprint is recorded, so a restart with the same catalogue writes nothing; a changed
 * catalogue (new grids, a renamed unit) is upserted.
 */
@Component
public class ReferenceUnitLoader implements InitializingBean {

	static final String IMPORT = "directory.reference-units";
	private static final Logger log = LoggerFactory.getLogger(ReferenceUnitLoader.class);

	private final ReferenceUnits reference;
	private final Units units;
	private final ImportRecords imports;
	private final TransactionTemplate transaction;

	ReferenceUnitLoader(ReferenceUnits reference, Units units, ImportRecords imports, TransactionTemplate transaction) {
		this.reference = reference;
		this.units = units;
		this.imports = imports;
		this.transaction = transaction;
	}

	@Override
	public void afterPropertiesSet() {
		load();
	}

	/** Loads the catalogue unless the same one is already loaded; answers whether it wrote anything. */
	public boolean load() {
		ReferenceUnits.Catalogue catalogue = reference.catalogue();
		String fingerprint = fingerprint(catalogue);
		return Boolean.TRUE.equals(transaction.execute(status -> {
			imports.lock();
			if (imports.isCurrent(IMPORT, fingerprint)) {
				return false;
			}
			units.saveAll(catalogue.units());
			units.saveAliases(catalogue.aliases());
			imports.record(IMPORT, fingerprint, catalogue.units().size());
			log.info("Loaded {} reference units ({} aliases)", catalogue.units().size(), catalogue.aliases().size());
			return true;
		}));
	}

	static String fingerprint(ReferenceUnits.Catalogue catalogue) {
		List<String> parts = new ArrayList<>();
		catalogue.units().forEach(unit -> parts.add(unit.toString()));
		parts.add(catalogue.aliases().toString());
		return Sha256.hex(parts);
	}
}
