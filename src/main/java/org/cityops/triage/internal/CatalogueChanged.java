package org.cityops.triage.internal;

/**
 * In-process signal that the stored catalogue changed, so that in-memory copies are dropped.
 */
record CatalogueChanged(String file, int version) {
}
