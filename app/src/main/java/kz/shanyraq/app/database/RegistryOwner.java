package kz.shanyraq.app.database;

import org.springframework.beans.factory.annotation.Qualifier;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the DataSource signed in as the schema owner: migrations and bulk loads (truncate, analyze, constraints
 * dropped and restored). Everything else uses the server's least-privilege pool.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE})
public @interface RegistryOwner {
}
