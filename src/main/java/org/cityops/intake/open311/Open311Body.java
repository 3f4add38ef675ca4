package org.cityops.intake.open311;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an Open311 answer in the format the path asked for. The structures are plain maps and
 * lists; in XML a list is an element whose children are named by the singular of its name
 * ({@code <services><service>…}), as in the GeoReport v2 examples.
 */
final class Open311Body {

	static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
	static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");

	private static final Map<String, String> SINGULAR = Map.of("services", "service", "service_requests", "request",
			"errors", "error", "endpoints", "endpoint", "formats", "format", "attributes", "attribute", "values",
			"value");

	private Open311Body() {
	}

	/**
	 * @param format {@code json} or {@code xml}
	 * @param root the XML root element, e.g. {@code services}
	 * @param body a map or a list of maps
	 */
	static ResponseEntity<String> of(HttpStatus status, String format, String root, Object body, JsonMapper json) {
		if ("xml".equals(format)) {
			StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
			element(xml, root, body);
			return ResponseEntity.status(status).contentType(XML).body(xml.toString());
		}
		return ResponseEntity.status(status).contentType(JSON).body(json.writeValueAsString(body));
	}

	private static void element(StringBuilder xml, String name, Object value) {
		if (value == null) {
			xml.append('<').append(name).append("/>");
			return;
		}
		xml.append('<').append(name).append('>');
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> element(xml, key.toString(), child));
		}
		else if (value instanceof List<?> list) {
			String item = SINGULAR.getOrDefault(name, "item");
			list.forEach(child -> element(xml, item, child));
		}
		else {
			escape(xml, value.toString());
		}
		xml.append("</").append(name).append('>');
	}

	private static void escape(StringBuilder xml, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				case '&' -> xml.append("&amp;");
				case '"' -> xml.append("&quot;");
				case '\'' -> xml.append("&apos;");
				default -> {
					// XML 1.0 cannot carry most control characters at all
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						xml.append(c);
					}
				}
			}
		}
	}
}
