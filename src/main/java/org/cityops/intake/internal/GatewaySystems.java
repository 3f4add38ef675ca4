package org.cityops.intake.internal;

import java.util.List;
import java.util.Optional;

/**
 * The 13 systems linked through the coordination gateway (业务协同网关). The Longgang article names
 * three of them (基层治理四平台, 应急协同指挥, 大综合一体化执法监管); the other ten are authored
 * examples of the systems such a centre links, to be replaced by a deployment's real list.
 */
public final class GatewaySystems {

	/** A linked system: its code in the gateway path and its name. */
	public record GatewaySystem(String code, String name, boolean fromSeed) {
	}

	public static final List<GatewaySystem> ALL = List.of(
			new GatewaySystem("grassroots-governance", "基层治理四平台", true),
			new GatewaySystem("emergency-command", "应急协同指挥", true),
			new GatewaySystem("integrated-enforcement", "大综合一体化执法监管", true),
			new GatewaySystem("hotline-12345", "12345政务服务便民热线", false),
			new GatewaySystem("flood-control", "防汛防台指挥", false),
			new GatewaySystem("public-video", "公共视频监控平台", false),
			new GatewaySystem("digital-urban-management", "数字城管", false),
			new GatewaySystem("market-supervision", "市场监管执法", false),
			new GatewaySystem("eco-environment", "生态环境监测", false),
			new GatewaySystem("construction-sites", "建设工地监管", false),
			new GatewaySystem("transport-enforcement", "交通运输综合执法", false),
			new GatewaySystem("petitions", "信访信息系统", false),
			new GatewaySystem("cold-chain", "浙冷链", false));

	private GatewaySystems() {
	}

	public static Optional<GatewaySystem> byCode(String code) {
		return ALL.stream().filter(system -> system.code().equals(code)).findFirst();
	}
}
