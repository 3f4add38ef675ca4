package org.cityops.dispatch.web;

import org.cityops.directory.DirectoryManagement;
import org.cityops.dispatch.CaseDetails;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether a user may see a case: staff inside the area they may see, reporters their own case.
 */
@Component
class CaseVisibility {

	private final DirectoryManagement directory;

	CaseVisibility(DirectoryManagement directory) {
		this.directory = directory;
	}

	boolean maySee(Authentication user, CaseDetails details) {
		if (user.getName().equals(details.reporter().account())) {
			return true;
		}
		String area = details.place() == null ? "330300"
				: details.place().microGrid() != null ? details.place().microGrid().code()
						: details.place().county().code();
		return directory.maySee(user.getName(), area);
	}
}
