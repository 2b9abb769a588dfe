/**
 * The web UI (server-rendered Thymeleaf + htmx, Russian / Kazakh / English) and, in {@code web.api}, the REST API.
 * Both only present what the family card module returns; neither reads the registry itself.
 */
package kz.shanyraq.app.web;
