package org.cityops.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.cityops.shared.web.ImageUploads;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Photos a citizen attaches to a report, uploaded before the report itself: checked (JPEG, PNG or
 * WebP by their bytes, at most 5 MB), rate-limited per client address like the reports, and kept in
 * {@code intake.photo}. A report refers to them as {@value #PATH}{@code <id>}; only staff see them.
 */
@Service
public class CitizenPhotos {

	public static final String PATH = "/intake/photos/";
	/** Photos per client address per rate window: three for each report the client may send. */
	private static final int PER_REPORT = 3;

	private final JdbcClient jdbc;
	private final RateLimits limits;
	private final IntakeSettings settings;
	private final Clock clock;

	CitizenPhotos(JdbcClient jdbc, RateLimits limits, IntakeSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return the reference a report carries in its attachments
	 * @throws org.cityops.shared.web.InvalidInputException (field {@code photo}) for a file that is no accepted image
	 * @throws IntakeRefusal (429) when the client has sent too many photos
	 */
	public String store(byte[] content, String clientAddress) {
		String type = ImageUploads.check("photo", content);
		int capacity = settings.reportsPerClient() * PER_REPORT;
		String who = clientAddress == null ? "unknown" : clientAddress;
		if (!limits.take(RateLimits.bucket("photo", who), capacity, settings.rateWindow())) {
			throw new IntakeRefusal(HttpStatus.TOO_MANY_REQUESTS, "client", "too many photos from your network; try later",
					RateLimits.retryAfter(capacity, settings.rateWindow()));
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into intake.photo (id, content_type, size_bytes, content, uploaded_at) values (?, ?, ?, ?, ?)")
				.params(id, type, content.length, content, Timestamp.from(clock.instant()))
				.update();
		return PATH + id;
	}

	public Optional<Photo> find(UUID id) {
		return jdbc.sql("select content_type, content from intake.photo where id = ?").param(id)
				.query((row, n) -> new Photo(row.getString("content_type"), row.getBytes("content")))
				.optional();
	}

	public record Photo(String contentType, byte[] content) {
	}
}
