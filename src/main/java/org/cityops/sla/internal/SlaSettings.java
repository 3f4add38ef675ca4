package org.cityops.sla.internal;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cityops.sla.Stage;
import org.cityops.sla.TimeLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Settings of the time-limit module ({@code cityops.sla.*}); defaults in {@code sla/sla-defaults.properties}.
 *
 * @param warningShare the share of each limit after which a warning fires (0 &lt; share &lt; 1)
 * @param wartime the wartime limits ("1220")
 * @param normal the normal-time limits
 * @param calendar the working calendar
 * @param timers the durable timers
 */
@ConfigurationProperties("cityops.sla")
record SlaSettings(double warningShare, WartimeLimits wartime, NormalLimits normal, CalendarSettings calendar,
		TimerSettings timers) {

	SlaSettings {
		if (!(warningShare > 0 && warningShare < 1)) {
			throw new IllegalArgumentException("cityops.sla.warning-share must lie between 0 and 1, not " + warningShare);
		}
	}

	/**
	 * Wartime limits in wall-clock time. Sign, contact and on-site count from the dispatch; the others
	 * from the start of their stage.
	 */
	record WartimeLimits(Duration accept, Duration dispatch, Duration sign, Duration contact, Duration onSite,
			Duration handle, Duration verify, Duration close) {

		private static final Set<Stage> COUNTED_FROM_DISPATCH = EnumSet.of(Stage.SIGN, Stage.CONTACT, Stage.ARRIVE);

		TimeLimit limit(Stage stage) {
			Duration duration = switch (stage) {
				case ACCEPT -> accept;
				case DISPATCH -> dispatch;
				case SIGN -> sign;
				case CONTACT -> contact;
				case ARRIVE -> onSite;
				case HANDLE -> handle;
				case VERIFY -> verify;
				case CLOSE -> close;
			};
			if (duration == null || duration.isNegative() || duration.isZero()) {
				throw new IllegalStateException("No wartime limit set for " + stage + " (cityops.sla.wartime.*)");
			}
			return TimeLimit.elapsed(duration);
		}

		static boolean countsFromDispatch(Stage stage) {
			return COUNTED_FROM_DISPATCH.contains(stage);
		}
	}

	/**
	 * Normal-time limits: the defaults for every stage, and overrides per category (keys are category
	 * codes: {@code cityops.sla.normal.categories.[0101].standard.handle=3wd}).
	 */
	record NormalLimits(Map<Stage, TimeLimit> standard, Map<Stage, TimeLimit> urgent,
			Map<String, StageLimits> categories) {

		NormalLimits {
			standard = standard == null ? Map.of() : Map.copyOf(standard);
			urgent = urgent == null ? Map.of() : Map.copyOf(urgent);
			categories = categories == null ? Map.of() : Map.copyOf(categories);
			for (Stage stage : Stage.values()) {
				if (!standard.containsKey(stage)) {
					throw new IllegalStateException("No normal limit set for " + stage
							+ " (cityops.sla.normal.standard." + stage.name().toLowerCase() + ")");
				}
			}
		}
	}

	/** Limits of one category: standard and urgent, each by stage; either may leave stages out. */
	record StageLimits(Map<Stage, TimeLimit> standard, Map<Stage, TimeLimit> urgent) {

		StageLimits {
			standard = standard == null ? Map.of() : Map.copyOf(standard);
			urgent = urgent == null ? Map.of() : Map.copyOf(urgent);
		}

		TimeLimit get(Stage stage, boolean isUrgent) {
			return (isUrgent ? urgent : standard).get(stage);
		}
	}

	/**
	 * @param holidays the holiday table (see {@code sla/cn-public-holidays.txt})
	 * @param officeHours spans of office hours on a working day, e.g. {@code 08:30-12:00}
	 */
	record CalendarSettings(Resource holidays, List<String> officeHours) {
	}

	/**
	 * @param polling whether this node polls for due timers (tests turn it off and run due timers explicitly)
	 * @param pollingInterval how often due timers are looked for; bounds how late a timer fires
	 * @param threads how many timers run at once on this node
	 * @param heartbeat how often a node marks its running timers alive; a timer whose node missed
	 * four heartbeats is run again elsewhere
	 */
	record TimerSettings(boolean polling, Duration pollingInterval, int threads, Duration heartbeat) {
	}
}
