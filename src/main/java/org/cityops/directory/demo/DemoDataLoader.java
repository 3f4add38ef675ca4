package org.cityops.directory.demo;

import java.util.ArrayList;
import java.util.List;

import org.cityops.directory.Unit;
import org.cityops.directory.internal.Accounts;
import org.cityops.directory.internal.DutyRotations;
import org.cityops.directory.internal.ImportRecords;
import org.cityops.directory.internal.People;
import org.cityops.directory.internal.ReferenceUnitLoader;
import org.cityops.directory.internal.Sha256;
import org.cityops.directory.internal.Units;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StopWatch;

/**
 * Writes the demo people, duty pools and accounts (demo profile only) while the application starts,
 * after the reference units. A recorded fingerprint of the seed, grids and departments makes restarts
 * write nothing.
 */
@Component
@ConditionalOnProperty(name = "cityops.demo.enabled", havingValue = "true")
public class DemoDataLoader implements InitializingBean {

	static final String IMPORT = "directory.demo-staff";
	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final GeoManagement geo;
	private final Units units;
	private final People people;
	private final DutyRotations rotations;
	private final Accounts accounts;
	private final ImportRecords imports;
	private final PasswordEncoder passwords;
	private final TransactionTemplate transaction;
	private final long seed;

	/** Takes the reference-unit loader only to start after it: the demo staff their units. */
	DemoDataLoader(GeoManagement geo, Units units, People people, DutyRotations rotations, Accounts accounts,
			ImportRecords imports, PasswordEncoder passwords, TransactionTemplate transaction,
			ReferenceUnitLoader referenceUnits, @Value("${cityops.demo.seed:20221120}") long seed) {
		this.geo = geo;
		this.units = units;
		this.people = people;
		this.rotations = rotations;
		this.accounts = accounts;
		this.imports = imports;
		this.passwords = passwords;
		this.transaction = transaction;
		this.seed = seed;
	}

	@Override
	public void afterPropertiesSet() {
		load();
	}

	/** Generates and writes the demo data unless it is already there; answers whether it wrote anything. */
	public boolean load() {
		StopWatch watch = new StopWatch();
		watch.start();
		List<String> grids = geo.gridsOfCounty(DemoStaff.LONGGANG).stream().map(Grid::code).toList();
		List<String> departments = units.withDivisionPrefix(DemoStaff.LONGGANG, null).stream()
				.filter(unit -> unit.kind().isDepartment() && unit.divisionCode().equals(DemoStaff.LONGGANG))
				.map(Unit::code).toList();
		String fingerprint = fingerprint(grids, departments);
		Integer written = transaction.execute(status -> {
			imports.lock();
			return imports.isCurrent(IMPORT, fingerprint) ? 0 : write(grids, departments, fingerprint);
		});
		watch.stop();
		if (written != null && written > 0) {
			log.info("Generated {} demo people for {} grids and {} departments in {} ms", written, grids.size(),
					departments.size(), watch.getTotalTimeMillis());
		}
		return written != null && written > 0;
	}

	private int write(List<String> grids, List<String> departments, String fingerprint) {
		DemoStaff.Plan plan = new DemoStaff(seed, NamePool.fromResources()).generate(grids, departments);
		people.addAll(plan.people());
		plan.pools().forEach(rotations::replace);
		// The demo password is public anyway; one bcrypt hash for all accounts saves a second per start.
		String hash = passwords.encode(DemoAccounts.PASSWORD);
		plan.accounts().forEach((username, person) -> accounts.open(username, person, hash));
		imports.record(IMPORT, fingerprint, plan.people().size());
		return plan.people().size();
	}

	private String fingerprint(List<String> grids, List<String> departments) {
		List<String> input = new ArrayList<>(grids);
		input.addAll(departments);
		input.add(Long.toString(seed));
		return Sha256.hex(input);
	}
}
