package kz.shanyraq.app.web.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Shanyraq API", version = "0.1",
        description = "Digital Family Map: family cards and entitlements as of a date, person lookup. Every call "
                + "needs HTTP Basic credentials and, for personal data, the X-Purpose header; every read is audited. "
                + "Errors are RFC 9457 problem details."),
        // A relative server: the description never repeats the request's Host header.
        servers = @io.swagger.v3.oas.annotations.servers.Server(url = "/", description = "this server"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {
}
