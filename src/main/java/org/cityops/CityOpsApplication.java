package org.cityops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * CityOps: the city operations platform (城市运行"一网统管").
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class CityOpsApplication {

	public static void main(String[] args) {
		SpringApplication.run(CityOpsApplication.class, args);
	}
}
