package org.cityops.directory;

import java.util.List;
import java.util.Optional;

/**
 * The "1+3+N" team of a grid (全科网格): one grid leader, (normally three) full-time grid workers and
 * some part-time workers.
 *
 * @param gridCode the grid, e.g. {@code 330383198001-G01}
 * @param communityCode the community the grid lies in
 * @param leader the grid leader (网格长), empty when none is assigned
 * @param fullTimeWorkers full-time grid workers (专职网格员), in their fixed order
 * @param partTimeWorkers part-time grid workers (兼职网格员)
 */
public record GridStaff(String gridCode, String communityCode, Optional<Person> leader, List<Person> fullTimeWorkers,
		List<Person> partTimeWorkers) {

	public GridStaff {
		fullTimeWorkers = List.copyOf(fullTimeWorkers);
		partTimeWorkers = List.copyOf(partTimeWorkers);
	}

	/**
	 * The full-time worker who answers first for a micro-grid of this grid: micro-grids are shared out
	 * in turn (M01 to the first worker, M02 to the second, ...). Falls back to the leader when the grid
	 * has no full-time worker.
	 *
	 * @param microGridCode a micro-grid code such as {@code 330383198001-G01-M05}, or the grid code
	 */
	public Optional<Person> firstResponder(String microGridCode) {
		if (fullTimeWorkers.isEmpty()) {
			return leader;
		}
		return Optional.of(fullTimeWorkers.get(Math.floorMod(microGridNumber(microGridCode) - 1, fullTimeWorkers.size())));
	}

	private static int microGridNumber(String code) {
		int marker = code.lastIndexOf("-M");
		if (marker < 0) {
			return 1;
		}
		try {
			return Integer.parseInt(code.substring(marker + 2));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}
}
