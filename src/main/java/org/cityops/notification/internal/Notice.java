package org.cityops.notification.internal;

import java.time.Instant;

import org.cityops.notification.NotificationKind;

/**
 * What to tell about one domain event, before it is addressed to anyone.
 *
 * @param eventKey identifies the event: the same event delivered again gives the same key
 * @param kind what it is about
 * @param caseId the case, if any
 * @param title one line
 * @param body the details
 * @param at when it happened
 */
record Notice(String eventKey, NotificationKind kind, String caseId, String title, String body, Instant at) {
}
