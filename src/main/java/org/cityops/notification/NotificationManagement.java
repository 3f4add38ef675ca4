package org.cityops.notification;

import java.util.List;

import org.cityops.directory.PersonId;

/**
 * A person's inbox, for the pages that show it.
 */
public interface NotificationManagement {

	/** The person's notifications, newest first. */
	InboxPage inbox(PersonId person, boolean unreadOnly, int page, int size);

	long unreadCount(PersonId person);

	/**
	 * Marks one of the person's notifications read.
	 *
	 * @throws org.cityops.shared.web.NotFoundException when the person has no such notification
	 */
	Notification markRead(PersonId person, long notificationId);

	/** Marks all of the person's notifications read; returns how many were unread. */
	int markAllRead(PersonId person);

	/**
	 * One page of an inbox.
	 *
	 * @param items the notifications on this page
	 * @param page the page number, from 0
	 * @param size the page size
	 * @param total how many notifications match in all
	 * @param unread how many of the person's notifications are unread
	 */
	record InboxPage(List<Notification> items, int page, int size, long total, long unread) {
	}
}
