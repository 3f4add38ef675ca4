package org.cityops.directory.demo;

/**
 * The demo profile's login accounts, all with the password {@value #PASSWORD}: {@code admin},
 * {@code dispatcher}, {@code supervisor}, {@code grid} (a full-time worker of {@value #GRID}),
 * {@code gridleader}, {@code handler} (at {@value #HANDLER_UNIT}), {@code leader}, {@code dutyps},
 * {@code dutyem}, {@code prosecutor} and {@code citizen}.
 */
public final class DemoAccounts {

	public static final String PASSWORD = "cityops-demo";
	public static final String GRID = "330383198001-G01";
	public static final String HANDLER_UNIT = "330383-ENFORCEMENT";

	private DemoAccounts() {
	}
}
