package kz.shanyraq.app.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external database is configured ({@code spring.datasource.url} absent or blank).
 * A plain {@code @ConditionalOnProperty(havingValue = "")} would not do: an empty {@code havingValue} means
 * "anything but false", so it would match a set URL too.
 */
class NoExternalDatabase implements Condition {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(URL_PROPERTY));
    }
}
