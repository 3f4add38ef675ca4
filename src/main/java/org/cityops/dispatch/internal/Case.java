package org.cityops.dispatch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.Channel;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A case in the pool: the aggregate root whose state changes only through {@link #move}. Its
 * history lives in the append-only timeline, written beside it in the same transaction.
 */
@Table(schema = "dispatch", name = "cases")
class Case {

	@Id
	private String id;
	@Version
	private Long version;
	private String receipt;
	private Channel channel;
	private String sourceSystem;
	private String externalId;
	private String categoryCode;
	private String description;
	private String address;
	private Double lat;
	private Double lng;
	@Embedded.Nullable
	private Place place;
	private String reporterName;
	private String reporterPhone;
	private String reporterAccount;
	private Instant reportedAt;
	private Instant receivedAt;
	private CaseState state;
	private CaseState suspendedFrom;
	private LocalDate reviewDate;
	private boolean urgent;
	private Set<String> tags = new LinkedHashSet<>();
	private String assigneeUnit;
	private UUID assigneePerson;
	private Instant dispatchedAt;
	private String leadUnit;
	private String duplicateOf;
	private int returnCount;
	private int escalationCount;
	private Integer satisfaction;
	private Instant updatedAt;
	private Instant closedAt;

	Case() {
	}

	/** A new case as reported; it still has to be routed. */
	static Case reported(String id, String receipt, Intake intake, Instant receivedAt) {
		Case reported = new Case();
		reported.id = id;
		reported.receipt = receipt;
		reported.channel = intake.channel();
		reported.sourceSystem = intake.sourceSystem();
		reported.externalId = intake.externalId();
		reported.categoryCode = intake.categoryCode();
		reported.description = intake.description();
		reported.address = intake.address();
		reported.lat = intake.lat();
		reported.lng = intake.lng();
		reported.place = intake.place();
		reported.reporterName = intake.reporterName();
		reported.reporterPhone = intake.reporterPhone();
		reported.reporterAccount = intake.reporterAccount();
		reported.reportedAt = intake.reportedAt();
		reported.receivedAt = receivedAt;
		reported.urgent = intake.urgent();
		reported.tags = new LinkedHashSet<>(intake.tags());
		reported.state = CaseState.REPORTED;
		reported.updatedAt = receivedAt;
		return reported;
	}

	/** A case as {@link CaseRows} reads it from its row. */
	static Case of(ResultSet row) throws SQLException {
		Case read = new Case();
		read.id = row.getString("id");
		read.version = row.getLong("version");
		read.receipt = row.getString("receipt");
		read.channel = Channel.valueOf(row.getString("channel"));
		read.sourceSystem = row.getString("source_system");
		read.externalId = row.getString("external_id");
		read.categoryCode = row.getString("category_code");
		read.description = row.getString("description");
		read.address = row.getString("address");
		read.lat = row.getObject("lat", Double.class);
		read.lng = row.getObject("lng", Double.class);
		Place place = new Place(row.getString("micro_grid_code"), row.getString("grid_code"),
				row.getString("community_code"), row.getString("township_code"), row.getString("county_code"));
		read.place = place.equals(Place.NONE) ? null : place;
		read.reporterName = row.getString("reporter_name");
		read.reporterPhone = row.getString("reporter_phone");
		read.reporterAccount = row.getString("reporter_account");
		read.reportedAt = Accountability.instant(row, "reported_at");
		read.receivedAt = Accountability.instant(row, "received_at");
		read.state = CaseState.valueOf(row.getString("state"));
		String suspendedFrom = row.getString("suspended_from");
		read.suspendedFrom = suspendedFrom == null ? null : CaseState.valueOf(suspendedFrom);
		read.reviewDate = row.getObject("review_date", LocalDate.class);
		read.urgent = row.getBoolean("urgent");
		read.tags = new LinkedHashSet<>(Timeline.strings(row.getArray("tags")));
		read.assigneeUnit = row.getString("assignee_unit");
		read.assigneePerson = row.getObject("assignee_person", UUID.class);
		read.dispatchedAt = Accountability.instant(row, "dispatched_at");
		read.leadUnit = row.getString("lead_unit");
		read.duplicateOf = row.getString("duplicate_of");
		read.returnCount = row.getInt("return_count");
		read.escalationCount = row.getInt("escalation_count");
		read.satisfaction = row.getObject("satisfaction", Integer.class);
		read.updatedAt = Accountability.instant(row, "updated_at");
		read.closedAt = Accountability.instant(row, "closed_at");
		return read;
	}

	/**
	 * Moves the case by an action and returns the state it left. The caller has checked who may act;
	 * this checks that the lifecycle allows it.
	 */
	CaseState move(CaseAction action, boolean passed, Instant at) {
		CaseState from = state;
		CaseState to = CaseLifecycle.target(action, from, passed, suspendedFrom);
		if (action == CaseAction.SUSPEND) {
			suspendedFrom = from;
		}
		else if (action == CaseAction.RESUME) {
			suspendedFrom = null;
			reviewDate = null;
		}
		if (action == CaseAction.RETURN) {
			returnCount++;
		}
		if (action == CaseAction.ESCALATE) {
			escalationCount++;
		}
		state = to;
		updatedAt = at;
		if (to.finished() && closedAt == null) {
			closedAt = at;
		}
		return from;
	}

	void assignTo(String unitCode, UUID person, Instant at) {
		assigneeUnit = unitCode;
		assigneePerson = person;
		dispatchedAt = at;
	}

	/** Puts the case in a unit's queue without dispatching it (the centre's manual queue). */
	void queueAt(String unitCode) {
		assigneeUnit = unitCode;
		assigneePerson = null;
	}

	void leadBy(String unitCode) {
		leadUnit = unitCode;
	}

	void suspendUntil(LocalDate date) {
		reviewDate = date;
	}

	void rate(int score) {
		satisfaction = score;
	}

	void linkTo(String originalId) {
		duplicateOf = originalId;
	}

	void categorise(String code) {
		categoryCode = code;
	}

	void tag(String tag) {
		tags.add(tag);
	}

	/** Removes the tags named {@code name} (with or without a reason). */
	void untag(String name) {
		tags.removeIf(tag -> tag.equals(name) || tag.startsWith(name + ":"));
	}

	String id() {
		return id;
	}

	/** The row version written last, {@code null} before the case is first written. */
	Long version() {
		return version;
	}

	/** Records the row version just written. */
	void written(long rowVersion) {
		version = rowVersion;
	}

	CaseState suspendedFrom() {
		return suspendedFrom;
	}

	String receipt() {
		return receipt;
	}

	Channel channel() {
		return channel;
	}

	String sourceSystem() {
		return sourceSystem;
	}

	String externalId() {
		return externalId;
	}

	String categoryCode() {
		return categoryCode;
	}

	String description() {
		return description;
	}

	String address() {
		return address;
	}

	Double lat() {
		return lat;
	}

	Double lng() {
		return lng;
	}

	Place place() {
		return place;
	}

	String reporterName() {
		return reporterName;
	}

	String reporterPhone() {
		return reporterPhone;
	}

	String reporterAccount() {
		return reporterAccount;
	}

	Instant reportedAt() {
		return reportedAt;
	}

	Instant receivedAt() {
		return receivedAt;
	}

	CaseState state() {
		return state;
	}

	LocalDate reviewDate() {
		return reviewDate;
	}

	boolean urgent() {
		return urgent;
	}

	Set<String> tags() {
		return Set.copyOf(tags);
	}

	/** The tags in the order they were given. */
	List<String> orderedTags() {
		return List.copyOf(tags);
	}

	String assigneeUnit() {
		return assigneeUnit;
	}

	UUID assigneePerson() {
		return assigneePerson;
	}

	Instant dispatchedAt() {
		return dispatchedAt;
	}

	String leadUnit() {
		return leadUnit;
	}

	String duplicateOf() {
		return duplicateOf;
	}

	int returnCount() {
		return returnCount;
	}

	int escalationCount() {
		return escalationCount;
	}

	Integer satisfaction() {
		return satisfaction;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Instant closedAt() {
		return closedAt;
	}

	/** The area whose time-limit mode applies: the micro-grid, or else the county, or else the city. */
	String areaCode() {
		if (place != null && place.microGridCode() != null) {
			return place.microGridCode();
		}
		return place != null && place.countyCode() != null ? place.countyCode() : "330300";
	}

	/**
	 * Where a case is in the division and grid hierarchy (all {@code null} when it could not be
	 * located).
	 */
	record Place(String microGridCode, String gridCode, String communityCode, String townshipCode, String countyCode) {

		/** No place at all: stored as five empty columns, read back as no place. */
		static final Place NONE = new Place(null, null, null, null, null);
	}

	/** The checked report fields a case starts from. */
	record Intake(Channel channel, String sourceSystem, String externalId, String categoryCode, String description,
			String address, Double lat, Double lng, Place place, String reporterName, String reporterPhone,
			String reporterAccount, Instant reportedAt, boolean urgent, Set<String> tags) {
	}
}
