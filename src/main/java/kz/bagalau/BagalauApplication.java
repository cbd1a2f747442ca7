package kz.bagalau;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Bagalau («бағалау», «оценка»): the evaluation of administrative civil servants of corps "B"
 * of the Republic of Kazakhstan, run as BPMN processes with DMN tables on an embedded Camunda 7 engine.
 */
@SpringBootApplication
@EnableScheduling
public class BagalauApplication {

    public static void main(String[] args) {
        SpringApplication.run(BagalauApplication.class, args);
    }
}
