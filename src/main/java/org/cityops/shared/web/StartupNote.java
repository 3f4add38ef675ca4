package org.cityops.shared.web;

import java.util.List;

/**
 * Lines a module adds to the start-up banner, e.g. the demo accounts of the demo profile.
 */
@FunctionalInterface
public interface StartupNote {

	List<String> lines();
}
