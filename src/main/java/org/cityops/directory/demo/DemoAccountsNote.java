package org.cityops.directory.demo;

import java.util.List;

import org.cityops.shared.web.StartupNote;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Prints the demo accounts under the start-up banner, so whoever ran the platform can sign in.
 */
@Component
@ConditionalOnProperty(name = "cityops.demo.enabled", havingValue = "true")
class DemoAccountsNote implements StartupNote {

	@Override
	public List<String> lines() {
		return List.of("Demo accounts (password " + DemoAccounts.PASSWORD + "; demo data, not real people):",
				"  dispatcher  centre dispatcher, 龙港市社会治理中心",
				"  grid        grid worker of " + DemoAccounts.GRID + " (phone view)",
				"  gridleader  grid leader of " + DemoAccounts.GRID,
				"  handler     department handler, " + DemoAccounts.HANDLER_UNIT,
				"  dutyps      public-security duty chief    dutyem  emergency duty chief",
				"  leader      city leader    supervisor  supervisor    prosecutor  prosecutor",
				"  citizen     citizen        admin       administrator");
	}
}
