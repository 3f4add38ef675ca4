package org.cityops.directory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityops.directory.DutyPost;
import org.cityops.directory.PersonId;

/**
 * The centre's daily duty rotation: each post has an ordered pool of people, and on the n-th day
 * after the anchor date the person at position n (mod the pool's size) is on duty. A duty day runs
 * from the handover time on its date to the handover time on the next date, so at 03:00 the
 * previous day's team is still on duty. Pools of different sizes make the teams vary.
 */
public final class DutyRotation {

	private final LocalDate anchor;
	private final LocalTime handover;
	private final ZoneId zone;
	private final Map<DutyPost, List<PersonId>> pools;

	public DutyRotation(LocalDate anchor, LocalTime handover, ZoneId zone, Map<DutyPost, List<PersonId>> pools) {
		this.anchor = anchor;
		this.handover = handover;
		this.zone = zone;
		this.pools = new EnumMap<>(DutyPost.class);
		pools.forEach((post, pool) -> this.pools.put(post, List.copyOf(pool)));
	}

	/** The date of the duty day running at an instant. */
	public LocalDate dutyDate(Instant at) {
		ZonedDateTime local = at.atZone(zone);
		LocalDate date = local.toLocalDate();
		return local.toLocalTime().isBefore(handover) ? date.minusDays(1) : date;
	}

	public Instant start(LocalDate dutyDate) {
		return dutyDate.atTime(handover).atZone(zone).toInstant();
	}

	/** Who holds each post on a duty day; empty when some post has nobody in its pool. */
	public Optional<Map<DutyPost, PersonId>> onDuty(LocalDate dutyDate) {
		long day = ChronoUnit.DAYS.between(anchor, dutyDate);
		Map<DutyPost, PersonId> team = new EnumMap<>(DutyPost.class);
		for (DutyPost post : DutyPost.values()) {
			List<PersonId> pool = pools.getOrDefault(post, List.of());
			if (pool.isEmpty()) {
				return Optional.empty();
			}
			team.put(post, pool.get((int) Math.floorMod(day, (long) pool.size())));
		}
		return Optional.of(team);
	}
}
