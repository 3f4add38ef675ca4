package org.cityops.dispatch.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
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
	}

	/** The checked report fields a case starts from. */
	record Intake(Channel channel, String sourceSystem, String externalId, String categoryCode, String description,
			String address, Double lat, Double lng, Place place, String reporterName, String reporterPhone,
			String reporterAccount, Instant reportedAt, boolean urgent, Set<String> tags) {
	}
}
