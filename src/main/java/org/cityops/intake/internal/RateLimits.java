package org.cityops.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in PostgreSQL, so that every node counts against the same budget. Taking a
 * token is one atomic upsert: a bucket refills continuously at {@code capacity / window} and a
 * request goes through only when at least one whole token is left. A bucket idle for longer than
 * its window is full again, so idle buckets are deleted now and then without changing any answer.
 */
@Component
public class RateLimits {

	/** Longer than every window the intake uses. */
	private static final Duration IDLE = Duration.ofDays(2);
	private static final int SWEEP_EVERY = 1000;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AtomicLong taken = new AtomicLong();

	RateLimits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Takes one token from a bucket.
	 *
	 * @param bucket the bucket's name, e.g. {@code client:203.0.113.7}
	 * @param capacity how many requests the bucket allows in a burst (and per window)
	 * @param window how long an empty bucket takes to fill up again
	 * @return whether the request may go on
	 */
	public boolean take(String bucket, int capacity, Duration window) {
		if (taken.incrementAndGet() % SWEEP_EVERY == 0) {
			sweep();
		}
		double perSecond = capacity / (double) window.toSeconds();
		return jdbc.sql("""
				insert into intake.rate_buckets as b (bucket, tokens, refreshed_at)
				values (:bucket, :capacity - 1, :now)
				on conflict (bucket) do update
				  set tokens = least(:capacity, b.tokens
				        + greatest(0, extract(epoch from (excluded.refreshed_at - b.refreshed_at))) * :rate) - 1,
				      refreshed_at = greatest(b.refreshed_at, excluded.refreshed_at)
				  where least(:capacity, b.tokens
				        + greatest(0, extract(epoch from (excluded.refreshed_at - b.refreshed_at))) * :rate) >= 1
				returning tokens""")
				.param("bucket", bucket)
				.param("capacity", (double) capacity)
				.param("rate", perSecond)
				.param("now", OffsetDateTime.now(clock))
				.query(Double.class)
				.optional()
				.isPresent();
	}

	/** Deletes buckets idle so long that they are full; answers how many. */
	public int sweep() {
		return jdbc.sql("delete from intake.rate_buckets where refreshed_at < ?")
				.param(OffsetDateTime.now(clock).minus(IDLE)).update();
	}

	/** Names a bucket after personal data without storing it. */
	public static String bucket(String kind, String personal) {
		return kind + ":" + ApiKeys.hash(personal);
	}

	/** How long a client should wait before trying again, in whole seconds. */
	public static long retryAfter(int capacity, Duration window) {
		return Math.max(1, (window.toSeconds() + capacity - 1) / capacity);
	}
}
