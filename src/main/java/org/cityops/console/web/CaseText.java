package org.cityops.console.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Unit;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseState;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.sla.StageDeadline;
import org.cityops.sla.StageStatus;
import org.cityops.triage.Categories;
import org.cityops.triage.Category;
import org.cityops.triage.OneThingStandards;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names and times for the case templates ({@code ${@caseText.category(code)}}): category and unit
 * names in the page's language, times in the platform's zone, the colour group of a state.
 */
@Component("caseText")
public class CaseText {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Categories categories;
	private final OneThingStandards standards;
	private final DirectoryManagement directory;
	private final GeoManagement geo;
	private final Clock clock;

	CaseText(Categories categories, OneThingStandards standards, DirectoryManagement directory, GeoManagement geo,
			Clock clock) {
		this.categories = categories;
		this.standards = standards;
		this.directory = directory;
		this.geo = geo;
		this.clock = clock;
	}

	/** {@code 2026-03-02 09:00} in the platform's zone; empty for {@code null}. */
	public String time(Instant at) {
		return at == null ? "" : MINUTES.format(at.atZone(clock.getZone()));
	}

	/** The minor class's name in the page's language, with its code. */
	public String category(String code) {
		if (code == null) {
			return null;
		}
		return categories.byCode(code).map(category -> code + " " + name(category)).orElse(code);
	}

	public List<Category> categories() {
		return categories.all();
	}

	public String categoryName(Category category) {
		return name(category);
	}

	/** A "one thing" standard's code and name in the page's language, e.g. {@code OT01 噪声扰民一件事}. */
	public String standard(String code) {
		return standards.byCode(code)
			.map(standard -> code + " " + (english() && standard.nameEn() != null ? standard.nameEn() : standard.name()))
			.orElse(code);
	}

	/** The name of a case tag ({@code REPEAT} of {@code REPEAT:same category …}), its message key {@code tag.<name>}. */
	public String tagName(String tag) {
		int colon = tag.indexOf(':');
		return colon < 0 ? tag : tag.substring(0, colon);
	}

	/** The reason a case tag carries (after its name), else {@code null}. */
	public String tagReason(String tag) {
		int colon = tag.indexOf(':');
		return colon < 0 || colon == tag.length() - 1 ? null : tag.substring(colon + 1).strip();
	}

	private static String name(Category category) {
		return english() && category.nameEn() != null ? category.nameEn() : category.name();
	}

	private static boolean english() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

	/** The name of a unit or grid, else the code itself. */
	public String unit(String code) {
		if (code == null) {
			return "";
		}
		return directory.unit(code).map(Unit::name).or(() -> geo.grid(code).map(Grid::name)).orElse(code);
	}

	/** Where a case lies: county, community, grid and micro-grid, or a dash. */
	public String place(CaseDetails details) {
		CaseDetails.Place place = details.place();
		if (place == null) {
			return "—";
		}
		return java.util.stream.Stream.of(place.county(), place.community(), place.grid(), place.microGrid())
				.filter(java.util.Objects::nonNull)
				.map(area -> area.name() != null && !area.code().startsWith(area.name()) && area != place.grid()
						&& area != place.microGrid() ? area.name() : area.code())
				.collect(java.util.stream.Collectors.joining(" · "));
	}

	/** The reason given the last time the action was taken on the case, else {@code null}. */
	public String lastReason(CaseDetails details, String action) {
		String found = null;
		for (CaseDetails.TimelineEntry entry : details.timeline()) {
			if (entry.action().name().equals(action)) {
				found = entry.reason();
			}
		}
		return found;
	}

	/** The running stage clock of a case, if any (the one shown as a countdown). */
	public Optional<StageDeadline> running(CaseDetails details) {
		return details.deadlines().stream().filter(deadline -> deadline.status() == StageStatus.RUNNING)
				.reduce((first, second) -> second);
	}

	/** The colour group of a state on the map and in badges: new, working, done or attention. */
	public static String group(CaseState state) {
		return switch (state) {
			case REPORTED, ACCEPTED -> "new";
			case DISPATCHED, SIGNED, CONTACTED, ON_SITE -> "working";
			case HANDLED, VERIFIED, CLOSED, EVALUATED, VOIDED, DUPLICATE -> "done";
			case RETURNED, ESCALATED, SUSPENDED -> "attention";
		};
	}

	public String stateGroup(CaseState state) {
		return group(state);
	}
}
