package org.cityops.sla.web;

import java.util.List;

import org.cityops.sla.AreaModeSwitch;
import org.cityops.sla.SlaManagement;
import org.cityops.sla.SlaMode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The centre switches areas between normal time and wartime; everyone signed in can see the modes.
 */
@RestController
@RequestMapping("/api/sla")
class SlaModeController {

	private final SlaManagement sla;

	SlaModeController(SlaManagement sla) {
		this.sla = sla;
	}

	/**
	 * A switch of one area.
	 *
	 * @param area the city (330300), a county (6 digits), township (9) or community (12) code
	 * @param mode WARTIME or NORMAL
	 * @param reason why, optional
	 */
	record ModeSwitchRequest(
			@NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "must be a 6, 9 or 12 digit division code") String area,
			@NotNull SlaMode mode, @Size(max = 500) String reason) {
	}

	/** The modes now, and every switch made, newest first. */
	record Modes(List<AreaModeSwitch> current, List<AreaModeSwitch> history) {
	}

	@PostMapping("/mode")
	@PreAuthorize("hasAnyRole('DISPATCHER','ADMINISTRATOR')")
	AreaModeSwitch switchMode(@Valid @RequestBody ModeSwitchRequest request, Authentication user) {
		return sla.switchMode(request.area(), request.mode(), user.getName(), request.reason());
	}

	@GetMapping("/modes")
	Modes modes() {
		return new Modes(sla.currentModes(), sla.modeHistory());
	}
}
