package org.cityops.triage.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.cityops.triage.Triage.HumanLabel;
import org.cityops.triage.internal.TriageCorpus.LabelledText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The human labels in {@code triage.labelled_texts}.
 */
@Repository
class LabelledTexts {

	private final JdbcClient jdbc;

	LabelledTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(HumanLabel label, Instant at) {
		String sql = label.caseId() == null ? """
				insert into triage.labelled_texts (case_id, text, category_code, suggested, labelled_by, labelled_at)
				values (:case, :text, :category, :suggested, :by, :at)""" : """
				insert into triage.labelled_texts (case_id, text, category_code, suggested, labelled_by, labelled_at)
				values (:case, :text, :category, :suggested, :by, :at)
				on conflict (case_id) do update set text = excluded.text, category_code = excluded.category_code,
				  suggested = excluded.suggested, labelled_by = excluded.labelled_by, labelled_at = excluded.labelled_at""";
		jdbc.sql(sql).param("case", label.caseId()).param("text", label.text()).param("category", label.categoryCode())
				.param("suggested", label.suggested()).param("by", label.labelledBy()).param("at", Timestamp.from(at))
				.update();
	}

	List<LabelledText> all() {
		return jdbc.sql("select category_code, text from triage.labelled_texts order by id")
				.query((row, n) -> new LabelledText(row.getString("category_code"), row.getString("text"))).list();
	}
}
