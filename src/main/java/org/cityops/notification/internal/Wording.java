package org.cityops.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseSummary;
import org.springframework.stereotype.Component;

/**
 * How notices read: short Chinese lines naming the case, its place and local times.
 */
@Component
class Wording {

	private static final int SUMMARY_LENGTH = 40;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

	private final Clock clock;

	Wording(Clock clock) {
		this.clock = clock;
	}

	/** {@code 事件 C…（受理号 …）：<description>（<address>）}. */
	String about(CaseDetails subject) {
		return about(subject.id(), subject.description(), subject.address());
	}

	String about(CaseSummary subject) {
		return about(subject.id(), subject.description(), subject.address());
	}

	private static String about(CaseId id, String text, String address) {
		String description = text == null ? "" : text.strip();
		if (description.length() > SUMMARY_LENGTH) {
			description = description.substring(0, SUMMARY_LENGTH) + "…";
		}
		return "事件 " + id.value() + "：" + description
				+ (address == null || address.isBlank() ? "" : "（" + address + "）");
	}

	String time(Instant at) {
		return TIME.format(at.atZone(clock.getZone()));
	}
}
