package org.cityops.console.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.cityops.shared.web.ImageUploads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos uploaded with case actions, kept in {@code console.attachment}: at most 5 MB, JPEG, PNG or
 * WebP (the bytes must say so, whatever the browser claims). A case action refers to a photo by
 * its path {@code /console/attachments/{id}}.
 */
@Repository
class Attachments {

	static final String PATH = "/console/attachments/";

	private final JdbcClient jdbc;
	private final Clock clock;

	Attachments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Checks and stores an upload for a case.
	 *
	 * @return the path the case's timeline refers to
	 * @throws InvalidInputException (field {@code photo}) when it is too large or not an image of an accepted type
	 */
	String store(String caseId, MultipartFile upload, String username) {
		ImageUploads.tooLarge("photo", upload.getSize());
		byte[] bytes;
		try {
			bytes = upload.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String type = ImageUploads.check("photo", bytes);
		UUID id = UUID.randomUUID();
		String name = upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank() ? "photo"
				: upload.getOriginalFilename().replaceAll("[\\\\/\\r\\n\"]", "_");
		jdbc.sql("""
				insert into console.attachment (id, case_id, file_name, content_type, size_bytes, content, uploaded_by,
				    uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, caseId, name.length() > 200 ? name.substring(0, 200) : name, type, bytes.length, bytes,
						username, Timestamp.from(clock.instant()))
				.update();
		return PATH + id;
	}

	Optional<Stored> find(UUID id) {
		return jdbc.sql("select case_id, file_name, content_type, content from console.attachment where id = ?")
				.param(id)
				.query((row, n) -> new Stored(row.getString("case_id"), row.getString("file_name"),
						row.getString("content_type"), row.getBytes("content")))
				.optional();
	}

	record Stored(String caseId, String fileName, String contentType, byte[] content) {
	}
}
