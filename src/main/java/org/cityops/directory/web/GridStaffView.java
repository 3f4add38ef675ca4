package org.cityops.directory.web;

import java.util.ArrayList;
import java.util.List;

import org.cityops.directory.GridStaff;
import org.cityops.directory.Person;

/**
 * A grid's "1+3+N" team; for a micro-grid also who answers there first.
 */
record GridStaffView(String grid, String microGrid, String community, PersonView leader,
		List<PersonView> fullTimeWorkers, List<PersonView> partTimeWorkers, PersonView firstResponder,
		int size, String notice) {

	static GridStaffView of(GridStaff staff, String requestedCode) {
		List<Person> everyone = new ArrayList<>();
		staff.leader().ifPresent(everyone::add);
		everyone.addAll(staff.fullTimeWorkers());
		everyone.addAll(staff.partTimeWorkers());
		String microGrid = requestedCode.equals(staff.gridCode()) ? null : requestedCode;
		return new GridStaffView(staff.gridCode(), microGrid, staff.communityCode(),
				PersonView.of(staff.leader().orElse(null)), PersonView.of(staff.fullTimeWorkers()),
				PersonView.of(staff.partTimeWorkers()), PersonView.of(staff.firstResponder(requestedCode).orElse(null)),
				everyone.size(), PersonView.noticeFor(everyone));
	}
}
