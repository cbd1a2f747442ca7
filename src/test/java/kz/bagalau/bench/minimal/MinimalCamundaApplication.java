package kz.bagalau.bench.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The footprint baseline: Spring Boot with the Camunda webapps and REST API and nothing of Bagalau.
 * {@code FootprintBench} packs this one class into a copy of {@code target/bagalau.jar} with every
 * Bagalau class, model and configuration file removed (same dependencies, same launcher).
 */
@SpringBootApplication
public class MinimalCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MinimalCamundaApplication.class, args);
    }
}
