package io.humanlink.web.platform;

import io.humanlink.identity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api/v1}. {@code @ApplicationScoped} and {@code @LoginConfig} are what make Payara install
 * the MicroProfile JWT mechanism; without the scope the JWT is never injectable.
 */
@ApplicationScoped
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.USER_NAME, Role.FRIEND_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
@OpenAPIDefinition(info = @Info(title = "HumanLink API", version = "v1",
        description = "Matching people with paid human companions: accounts, matching, sessions, chat, billing."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class HumanLinkApplication extends Application {
}
