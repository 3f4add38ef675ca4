package org.cityops.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand instead of sleeping. Thread-safe; {@link #withZone} views share
 * the same time.
 */
public final class MutableClock extends Clock {

	/** The platform's zone. */
	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final AtomicReference<Instant> now;
	private final ZoneId zone;

	public MutableClock(Instant start, ZoneId zone) {
		this(new AtomicReference<>(start), zone);
	}

	private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/** A clock in Asia/Shanghai showing the given local date-time there, e.g. {@code 2025-09-26T16:00}. */
	public static MutableClock at(String shanghaiDateTime) {
		return new MutableClock(shanghai(shanghaiDateTime), SHANGHAI);
	}

	/** The instant of a local date-time in Asia/Shanghai, e.g. {@code 2025-09-26T16:00}. */
	public static Instant shanghai(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

	public void set(Instant instant) {
		now.set(instant);
	}

	/** Sets the clock to a local date-time in Asia/Shanghai. */
	public void set(String shanghaiDateTime) {
		set(shanghai(shanghaiDateTime));
	}

	public Instant advance(Duration duration) {
		return now.updateAndGet(current -> current.plus(duration));
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new MutableClock(now, other);
	}
}
