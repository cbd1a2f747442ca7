package kz.bagalau.oversight;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only deadline oversight for administrators and HR ({@code /oversight/index.html} shows it). */
@RestController
@RequestMapping("/api/oversight")
class OversightController {

    private final DeadlineDashboard dashboard;

    OversightController(DeadlineDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/organisations/{code}/deadlines")
    DeadlineReport deadlines(@PathVariable String code, @RequestParam(required = false) String period) {
        return dashboard.report(code, period);
    }
}
