/**
 * Triage: the case taxonomy (two-level categories that are also the Open311 services) and the
 * twelve "one thing" (一件事) handling standards, both versioned data imported at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triage")
package org.cityops.triage;
