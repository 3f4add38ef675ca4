package org.cityops.dispatch.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CaseOpened;
import org.cityops.dispatch.CaseQueued;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.NewCase;
import org.cityops.dispatch.internal.CaseMover.Target;
import org.cityops.geo.Division;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Location;
import org.cityops.geo.Position;
import org.cityops.directory.Role;
import org.cityops.shared.web.ConflictException;
import org.cityops.shared.web.FieldProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case pool: every channel opens cases here. A report is located, linked to the open case it
 * repeats or else routed (and, when routed to a grid or department, accepted and dispatched at
 * once), all in one transaction with its first timeline entries and stage clocks.
 */
@Service
class CasePool implements CaseManagement {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final Cases cases;
	private final CaseRows rows;
	private final CaseService service;
	private final CaseMover mover;
	private final CaseViews views;
	private final Routing routing;
	private final DuplicateFinder duplicates;
	private final Timeline timeline;
	private final CaseClocks clocks;
	private final GeoManagement geo;
	private final DispatchSettings settings;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	CasePool(Cases cases, CaseRows rows, CaseService service, CaseMover mover, CaseViews views, Routing routing,
			DuplicateFinder duplicates, Timeline timeline, CaseClocks clocks, GeoManagement geo,
			DispatchSettings settings, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.cases = cases;
		this.rows = rows;
		this.service = service;
		this.mover = mover;
		this.views = views;
		this.routing = routing;
		this.duplicates = duplicates;
		this.timeline = timeline;
		this.clocks = clocks;
		this.geo = geo;
		this.settings = settings;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public Opened open(NewCase report, Actor submittedBy, Consumer<CaseDetails> whenCreated) {
		try {
			return transaction.execute(status -> bySource(report).orElseGet(() -> {
				CaseDetails created = views.ofNew(create(report, submittedBy));
				whenCreated.accept(created);
				return new Opened(created, true);
			}));
		}
		catch (DuplicateKeyException raced) {
			// Another request with the same source won; answer with its case.
			return transaction.execute(status -> bySource(report)).orElseThrow(() -> raced);
		}
	}

	@Override
	public Optional<CaseDetails> find(CaseId id) {
		return transaction.execute(status -> rows.find(id.value()).map(views::of));
	}

	@Override
	public Optional<CaseDetails> findByReceipt(String receipt) {
		return transaction.execute(status -> cases.findByReceipt(receipt).map(views::of));
	}

	@Override
	public CaseDetails act(CaseId id, CaseAction action, ActionInput input, Actor actor) {
		return transaction.execute(status -> views.of(service.act(id, action, input, actor)));
	}

	@Override
	public CaseDetails categorise(CaseId id, String categoryCode, String reason, Actor actor) {
		if (!actor.has(Role.DISPATCHER) && !actor.has(Role.DUTY_CHIEF) && !actor.has(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only the centre (dispatchers, duty chiefs, administrators) categorises cases");
		}
		return transaction.execute(status -> {
			Case subject = service.load(id);
			if (subject.closedAt() != null || subject.state() == CaseState.DUPLICATE
					|| subject.state() == CaseState.VOIDED) {
				throw new ConflictException(FieldProblem.coded("id", "problem.case.finished",
						"case " + id + " is " + subject.state() + "; only unfinished cases are categorised"));
			}
			Instant now = clock.instant();
			boolean waiting = subject.categoryCode() == null && subject.state() == CaseState.REPORTED
					&& settings.centreUnit().equals(subject.assigneeUnit());
			String note = "categorised " + categoryCode + " by " + actor.username()
					+ (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
			subject.categorise(categoryCode);
			subject.untag("triage");
			subject.tag("triage:human " + note);
			timeline.recordRouting(subject.id(), now, new Routing.Decision("CATEGORISED", subject.assigneeUnit(), null,
					note));
			Case saved = rows.save(subject);
			if (!waiting) {
				return views.of(saved);
			}
			Optional<Location> location = Optional.ofNullable(saved.lat())
					.flatMap(lat -> geo.locate(new Position(lat, saved.lng())));
			return views.of(route(saved, location, actor, now));
		});
	}

	@Override
	public Set<CaseAction> actionsFor(CaseId id, Actor actor) {
		return transaction.execute(status -> service.actionsFor(id, actor));
	}

	private Optional<Opened> bySource(NewCase report) {
		if (report.source() == null) {
			return Optional.empty();
		}
		return rows.findBySource(report.source().system(), report.source().externalId())
				.map(existing -> new Opened(views.of(existing), false));
	}

	private Case create(NewCase report, Actor submittedBy) {
		Instant now = clock.instant();
		Optional<Location> location = Optional.ofNullable(report.position()).flatMap(geo::locate);
		String id = "C" + LocalDate.now(clock).format(DAY) + String.format("%07d", cases.nextNumber());
		Optional<String> county = location.map(at -> at.county().code())
				.or(() -> Optional.ofNullable(report.position()).flatMap(geo::county).map(Division::code));
		Case reported = Case.reported(id, Receipts.next(), CaseIntake.of(report, location, county), now);
		reported = rows.save(reported);
		timeline.started(id);
		timeline.append(id, now, CaseAction.REPORT, null, CaseState.REPORTED, submittedBy,
				report.channel().label() + (report.address() == null ? "" : "：" + report.address()), null,
				report.attachments());
		clocks.opened(reported);
		events.publishEvent(new CaseOpened(new CaseId(id), report.channel(), report.categoryCode(),
				location.map(l -> l.grid().code()).orElse(null), location.map(l -> l.county().code()).orElse(null),
				now));
		Optional<String> original = duplicates.original(id, report.categoryCode(), reported.lat(), reported.lng(), now);
		if (original.isPresent()) {
			reported.linkTo(original.get());
			return mover.move(reported, CaseAction.LINK_DUPLICATE,
					ActionInput.reason("same category within " + (int) settings.duplicateRadius() + " m and "
							+ settings.duplicateWindow().toHours() + " h of the open case " + original.get()),
					Actor.SYSTEM, Target.NONE);
		}
		Case routed = route(reported, location, submittedBy, now);
		if (routed.dispatchedAt() == null) {
			events.publishEvent(new CaseQueued(new CaseId(id), routed.categoryCode(),
					location.map(l -> l.grid().code()).orElse(null), routed.assigneeUnit(), submittedBy.username(), now));
		}
		return routed;
	}

	private Case route(Case reported, Optional<Location> location, Actor submittedBy, Instant now) {
		Routing.Decision decision = routing.route(reported.categoryCode(), location, submittedBy);
		timeline.recordRouting(reported.id(), now, decision);
		if (decision.toCentre() || !settings.autoDispatch()) {
			reported.queueAt(decision.toCentre() ? decision.unitCode() : settings.centreUnit());
			Case queued = rows.save(reported);
			return escalateIfTagged(queued);
		}
		Case accepted = mover.move(reported, CaseAction.ACCEPT, ActionInput.note("智能分拨：自动受理"), Actor.SYSTEM,
				Target.NONE);
		Case dispatched = mover.move(accepted, CaseAction.DISPATCH, new ActionInput(null, decision.reason(),
				List.of(), null, null, null, null, null, null, null), Actor.SYSTEM,
				new Target(decision.unitCode(), CaseViews.uuid(decision.personId())));
		return escalateIfTagged(dispatched);
	}

	private Case escalateIfTagged(Case routed) {
		return routed.tags().stream()
				.map(tag -> tag.split(":", 2)[0])
				.filter(settings.escalatingTags()::contains)
				.findFirst()
				.flatMap(tag -> service.escalateByPolicy(new CaseId(routed.id()), "按规则提级：案件带有标签 " + tag))
				.orElse(routed);
	}
}
