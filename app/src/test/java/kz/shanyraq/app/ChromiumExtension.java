package kz.shanyraq.app;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The lifecycle of the browsers of a browser test class, declared by {@link Browser} fields (registered by the
 * annotation itself): opens each before the class's tests (or skips the class when Chromium is not installed, see
 * {@link Chromium#open}), points it at the Spring test server's port before each test, and closes it after the class.
 */
public final class ChromiumExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium first = null;
        for (Field f : browserFields(context.getRequiredTestClass(), Chromium.class)) {
            Browser b = f.getAnnotation(Browser.class);
            Chromium chromium = Chromium.open(b.screenshots(), b.width(), b.height());
            f.set(null, chromium);
            if (first == null) {
                first = chromium;
            }
        }
        if (first != null) {
            for (Field f : browserFields(context.getRequiredTestClass(), WebDriver.class)) {
                f.set(null, first.driver());
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Integer port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("a browser test needs the server on a port: @SpringBootTest(webEnvironment"
                    + " = RANDOM_PORT), as ServerTest declares it");
        }
        for (Field f : browserFields(context.getRequiredTestClass(), Chromium.class)) {
            ((Chromium) f.get(null)).serving(port);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        for (Field f : browserFields(context.getRequiredTestClass(), Chromium.class)) {
            Chromium.close((Chromium) f.get(null));
            f.set(null, null);
        }
        for (Field f : browserFields(context.getRequiredTestClass(), WebDriver.class)) {
            f.set(null, null);
        }
    }

    private static List<Field> browserFields(Class<?> testClass, Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Browser.class) && f.getType() == type) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        throw new IllegalStateException("@Browser field " + f + " must be static (one per class)");
                    }
                    f.setAccessible(true);
                    out.add(f);
                }
            }
        }
        return out;
    }
}
