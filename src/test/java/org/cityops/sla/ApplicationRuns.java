package org.cityops.sla;

import java.util.Arrays;

import org.cityops.CityOpsApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Starts the whole application outside the Spring test framework (for restarts and load drivers),
 * on the test database, with the given extra configurations and properties.
 */
final class ApplicationRuns {

	private ApplicationRuns() {
	}

	/** Properties are given as command-line arguments, so they win over every properties file. */
	static ConfigurableApplicationContext start(Class<?>[] configurations, String... properties) {
		Class<?>[] sources = new Class<?>[configurations.length + 1];
		sources[0] = CityOpsApplication.class;
		System.arraycopy(configurations, 0, sources, 1, configurations.length);
		return new SpringApplicationBuilder(sources)
				.web(WebApplicationType.SERVLET)
				.properties("server.port=0")
				.initializers(context -> context.getBeanFactory().registerSingleton("skipScannedTestConfigurations",
						new SkipScannedTestConfigurations()))
				.run(Arrays.stream(properties).map(property -> "--" + property).toArray(String[]::new));
	}

	/** Other tests' configurations in the test class path stay out, as they do in Spring tests. */
	static class SkipScannedTestConfigurations extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			AnnotationMetadata type = reader.getAnnotationMetadata();
			return type.hasAnnotation(TestConfiguration.class.getName())
					|| type.hasAnnotation(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}
	}
}
