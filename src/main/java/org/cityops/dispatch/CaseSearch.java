package org.cityops.dispatch;

import java.util.List;

/**
 * Lists from the case pool, newest first.
 */
public interface CaseSearch {

	/**
	 * One page of the cases matching a filter.
	 *
	 * @param page zero-based
	 * @param size at most 200
	 */
	Page search(CaseFilter filter, int page, int size);

	/** The handling loop of a unit: its cases still open. */
	List<CaseSummary> openCasesOf(String unitCode);

	/** A page of results and how many there are in all. */
	record Page(List<CaseSummary> cases, long total, int page, int size) {
	}
}
