package org.cityops.triage;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One time limit for every {@link Stage}, each counted from the end of the previous stage.
 */
public record TimeLimits(Map<Stage, TimeLimit> byStage) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public TimeLimits {
		if (byStage == null || !byStage.keySet().containsAll(Arrays.asList(Stage.values()))) {
			throw new IllegalArgumentException("time limits need every stage " + Arrays.toString(Stage.values())
					+ ", got " + (byStage == null ? "none" : byStage.keySet()));
		}
		byStage = Collections.unmodifiableMap(new EnumMap<>(byStage));
	}

	public TimeLimit of(Stage stage) {
		return byStage.get(stage);
	}

	@JsonValue
	public Map<Stage, TimeLimit> byStage() {
		return byStage;
	}

	@Override
	public String toString() {
		return byStage.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining(", ", "{", "}"));
	}
}
