package org.cityops.directory.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cityops.directory.DutyPost;
import org.cityops.directory.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored duty pools, one ordered list of people per post.
 */
@Repository
public class DutyRotations {

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	DutyRotations(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public Map<DutyPost, List<PersonId>> pools() {
		Map<DutyPost, List<PersonId>> pools = new EnumMap<>(DutyPost.class);
		jdbc.sql("select post, person_id from directory.duty_rotation order by post, position")
				.query((rs, row) -> Map.entry(DutyPost.valueOf(rs.getString("post")),
						new PersonId(rs.getObject("person_id", UUID.class))))
				.list()
				.forEach(entry -> pools.computeIfAbsent(entry.getKey(), post -> new ArrayList<>()).add(entry.getValue()));
		return pools;
	}

	/** Sets the pool of a post; positions not in the list are removed. */
	public void replace(DutyPost post, List<PersonId> pool) {
		template.update("delete from directory.duty_rotation where post = ?", post.name());
		List<Object[]> rows = new ArrayList<>();
		for (int position = 0; position < pool.size(); position++) {
			rows.add(new Object[] { post.name(), position, pool.get(position).value() });
		}
		template.batchUpdate("insert into directory.duty_rotation (post, position, person_id) values (?, ?, ?)", rows);
	}
}
