package kz.shanyraq.app;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browser of a browser test class, owned by {@link ChromiumExtension}: on a static {@link Chromium} field, a
 * headless Chromium of that window size opened before the class's tests, pointed at the test's server before each
 * test and closed after the class; on a static {@link org.openqa.selenium.WebDriver} field, the driver of the class's
 * (first) browser.
 *
 * <pre>
 * &#64;Browser(screenshots = "homes", width = 1366, height = 900)
 * static Chromium chromium;
 * </pre>
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumExtension.class)
public @interface Browser {

    /** The screenshots' file prefix ({@code target/screenshots/<prefix>-<name>.png}); none when empty. */
    String screenshots() default "";

    int width() default 1366;

    int height() default 1000;
}
