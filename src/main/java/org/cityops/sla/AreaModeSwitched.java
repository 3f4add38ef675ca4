package org.cityops.sla;

/**
 * The centre switched an area between normal time and wartime; deadlines computed from now on use it.
 *
 * @param change the recorded switch
 */
public record AreaModeSwitched(AreaModeSwitch change) {
}
