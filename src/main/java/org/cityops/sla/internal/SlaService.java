package org.cityops.sla.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cityops.geo.Division;
import org.cityops.geo.GeoManagement;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.cityops.sla.AreaModeSwitch;
import org.cityops.sla.AreaModeSwitched;
import org.cityops.sla.SlaManagement;
import org.cityops.sla.SlaMode;
import org.cityops.sla.Stage;
import org.cityops.sla.StageDeadline;
import org.cityops.sla.StageStart;
import org.cityops.sla.StageStatus;
import org.cityops.sla.TimeLimit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage clocks and area modes. Every method joins the caller's transaction.
 */
@Service
@Transactional
class SlaService implements SlaManagement {

	/** Wenzhou, the whole city: the area that covers every place. */
	static final String CITY = "330300";
	private static final int MAX_REASON_LENGTH = 500;

	private final StageClocks clocks;
	private final AreaModes modes;
	private final StageTimers timers;
	private final TimeLimitPolicy policy;
	private final DeadlineCalculator calculator;
	private final GeoManagement geo;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SlaService(StageClocks clocks, AreaModes modes, StageTimers timers, TimeLimitPolicy policy,
			DeadlineCalculator calculator, GeoManagement geo, ApplicationEventPublisher events, Clock clock) {
		this.clocks = clocks;
		this.modes = modes;
		this.timers = timers;
		this.policy = policy;
		this.calculator = calculator;
		this.geo = geo;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public StageDeadline startStage(StageStart start) {
		return step(null, start);
	}

	@Override
	public StageDeadline advance(Stage completed, StageStart next) {
		if (completed == null || completed == next.stage()) {
			throw new IllegalArgumentException("A case advances from one stage to another, not from " + completed
					+ " to " + next.stage());
		}
		return step(completed, next);
	}

	/*
	 * One statement completes the stage left (if any), cancels a clock of the next stage still running
	 * and starts the next: a case that is accepted and dispatched on arrival starts three clocks and
	 * completes two, and each step was three round trips (complete, look for a running clock, insert).
	 */
	private StageDeadline step(Stage completed, StageStart start) {
		SlaMode mode = effectiveMode(start.areaCode());
		TimeLimit limit = policy.limit(mode, start.stage(), start.categoryCode(), start.urgent());
		Instant countedFrom = policy.countsFromDispatch(mode, start.stage()) ? dispatchTime(start) : start.startedAt();
		DeadlineCalculator.Deadline deadline = calculator.deadline(limit, countedFrom);
		StageClock started = new StageClock(UUID.randomUUID(), start.caseId(), start.stage(), start.categoryCode(),
				start.areaCode(), start.urgent(), mode, limit, start.startedAt(), countedFrom, deadline.warningAt(),
				deadline.dueAt(), StageStatus.RUNNING, null, null, null);
		clocks.start(started, completed).forEach(timers::cancel);
		timers.schedule(started);
		return started.deadline();
	}

	@Override
	public StageDeadline completeStage(String caseId, Stage stage, Instant at) {
		return clocks.complete(caseId, stage, at)
				.map(completed -> {
					timers.cancel(completed);
					return completed.deadline();
				})
				.orElseGet(() -> clocks.latest(caseId, stage)
						.orElseThrow(() -> new NotFoundException("stage",
								"stage " + stage + " of case " + caseId + " was never started"))
						.deadline());
	}

	@Override
	public List<StageDeadline> cancel(String caseId, Instant at) {
		List<StageDeadline> cancelled = new ArrayList<>();
		for (StageClock running : clocks.ofCase(caseId)) {
			if (running.status() == StageStatus.RUNNING) {
				cancelled.add(stop(running, StageStatus.CANCELLED, at));
			}
		}
		return cancelled;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StageDeadline> deadlines(String caseId) {
		return clocks.ofCase(caseId).stream().map(StageClock::deadline).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> overdueCases(Instant at) {
		return clocks.overdueCases(at);
	}

	@Override
	@Transactional(readOnly = true)
	public SlaMode effectiveMode(String areaCode) {
		Map<String, SlaMode> switched = modes.byArea();
		if (switched.isEmpty()) {
			return SlaMode.NORMAL;
		}
		List<Division> path = geo.path(divisionOf(areaCode));
		for (int i = path.size() - 1; i >= 0; i--) {
			SlaMode mode = switched.get(path.get(i).code());
			if (mode != null) {
				return mode;
			}
		}
		return switched.getOrDefault(CITY, SlaMode.NORMAL);
	}

	@Override
	public AreaModeSwitch switchMode(String area, SlaMode mode, String switchedBy, String reason) {
		if (area == null || geo.division(area).isEmpty()) {
			throw new InvalidInputException("area", "'" + area + "' is not a known division code");
		}
		if (mode == null) {
			throw new InvalidInputException("mode", "must be NORMAL or WARTIME");
		}
		if (reason != null && reason.length() > MAX_REASON_LENGTH) {
			throw new InvalidInputException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
		}
		AreaModeSwitch change = new AreaModeSwitch(area, mode, clock.instant(), switchedBy,
				reason == null || reason.isBlank() ? null : reason.strip());
		modes.record(change);
		events.publishEvent(new AreaModeSwitched(change));
		return change;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AreaModeSwitch> currentModes() {
		return modes.current();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AreaModeSwitch> modeHistory() {
		return modes.history();
	}

	private StageDeadline stop(StageClock running, StageStatus status, Instant at) {
		timers.cancel(running);
		return clocks.end(running.id(), status, at).orElse(running).deadline();
	}

	private Instant dispatchTime(StageStart start) {
		if (start.dispatchedAt() != null) {
			return start.dispatchedAt();
		}
		return clocks.lastDispatch(start.caseId()).orElse(start.startedAt());
	}

	/** Grid and micro-grid codes are rooted in their community's code ({@code 330383198001-G03-M07}). */
	private static String divisionOf(String areaCode) {
		int dash = areaCode.indexOf('-');
		return dash < 0 ? areaCode : areaCode.substring(0, dash);
	}
}
