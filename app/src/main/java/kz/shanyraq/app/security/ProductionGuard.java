package kz.shanyraq.app.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * In production, refuses to start while the demo profile is active or any demo user exists in the database
 * (demo passwords are published in the README). Runs once every bean is ready (so after the migrations) and
 * before the web server opens its port.
 */
@Component
@Profile("prod")
class ProductionGuard implements SmartInitializingSingleton {

    private final Environment environment;
    private final AppUsers users;

    ProductionGuard(Environment environment, AppUsers users) {
        this.environment = environment;
        this.users = users;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("Refusing to start: the 'prod' and 'demo' profiles are both active. "
                    + "Demo users and data must never run in production.");
        }
        long demo = users.countDemoUsers();
        if (demo > 0) {
            throw new IllegalStateException("Refusing to start in production: the database holds " + demo
                    + " demo user(s) (app_user.demo = true) whose passwords are public. Delete them first: "
                    + "delete from app_user where demo;");
        }
    }
}
