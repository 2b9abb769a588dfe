package kz.shanyraq.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The capabilities (registry, entitlements, familycard, security, audit, demo, database, web) keep their borders. */
class ModularityTest {

    @Test
    void modulesDependOnEachOthersApiOnlyAndFormNoCycle() {
        ApplicationModules.of(ShanyraqApplication.class).verify();
    }
}
