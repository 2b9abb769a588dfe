package kz.shanyraq.app.employment;

import kz.shanyraq.app.entitlements.RegistryRegionalFigures;
import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.parameter.Law;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** The law as the server holds it (with the registry's regional figures), the working-day calendar, and today. */
@Component
class EmploymentLaw {

    private final RegistryRegionalFigures regional;
    private final Clock clock;

    EmploymentLaw(RegistryRegionalFigures regional, Clock clock) {
        this.regional = regional;
        this.clock = clock;
    }

    Law on(LocalDate day) {
        return regional.book().on(day);
    }

    WorkingDays workingDays() {
        return new WorkingDays(regional.book());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
