package kz.shanyraq.app.web;

import kz.shanyraq.app.demo.DemoUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

/** Says, once everything is up (database, migrations, demo data), where to sign in. The launcher waits for it. */
@Component
class ServerReady {

    private static final Logger log = LoggerFactory.getLogger(ServerReady.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n  READY: Shanyraq is running at http://%s:%d/ (started in %.1f s)%n",
                env.getProperty("server.address", "localhost"), port, seconds));
        String host = env.getProperty("server.address", "localhost");
        if (env.getProperty("springdoc.swagger-ui.enabled", Boolean.class, true)) {
            out.append(String.format("  API: http://%s:%d/swagger-ui.html   ", host, port));
        } else {
            out.append("  API description: off (springdoc.swagger-ui.enabled)   ");
        }
        out.append(String.format("Health: http://%s:%d/actuator/health%n", host, port));
        if (env.acceptsProfiles(Profiles.of("demo"))) {
            out.append("  Demo users (password '").append(DemoUsers.PASSWORD).append("'):\n");
            for (DemoUsers.DemoUser u : DemoUsers.ALL) {
                out.append(String.format("    %-22s %-15s %s%n", u.username(), u.role().code(),
                        u.scope() == null ? "national" : u.scope().toString()));
            }
        }
        log.info(out.toString());
    }
}
